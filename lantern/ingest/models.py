"""Ingestion jobs, the suggestions they make, and the files already ingested (for idempotency)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lantern.catalog.models import Resource


class IngestJob(models.Model):
    """One document (a file or a URL) on its way to a draft record.

    The row is the job's single truth: workers claim it atomically (``jobs.claim``), record
    steps, progress and a heartbeat, and write the resource in one transaction at the end,
    so a worker killed mid-job leaves nothing half-made and the job is claimed again once
    its lease runs out.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        RETRYING = "retrying", _("Waiting to retry")
        DONE = "done", _("Done")
        DUPLICATE = "duplicate", _("Already present")
        FAILED = "failed", _("Failed")

    FINISHED = (Status.DONE, Status.DUPLICATE, Status.FAILED)

    source = models.CharField(_("source"), max_length=2000, help_text=_("The file name or URL as given."))
    upload = models.FileField(_("uploaded file"), upload_to="ingest/%Y/%m/", max_length=500, blank=True)
    path = models.CharField(_("server path"), max_length=2000, blank=True)
    url = models.URLField(_("URL"), max_length=2000, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    source_type = models.CharField(_("document type"), max_length=10, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    run_after = models.DateTimeField(_("run after"), default=timezone.now)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    step = models.CharField(_("current step"), max_length=40, blank=True)
    steps = models.JSONField(_("steps"), default=list, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    error_code = models.CharField(_("error code"), max_length=40, blank=True)
    error = models.TextField(_("error"), blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    resource = models.ForeignKey(
        Resource, verbose_name=_("resource"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    worker = models.CharField(_("worker"), max_length=64, blank=True)
    heartbeat_at = models.DateTimeField(_("last sign of life"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True, on_delete=models.SET_NULL
    )
    suggested = models.BooleanField(
        _("suggested by a visitor"),
        default=False,
        help_text=_("Its record always waits for review, whatever the settings."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("ingestion job")
        indexes = [models.Index(fields=["status", "run_after"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.source[:80]}"

    @property
    def finished(self) -> bool:
        return self.status in self.FINISHED

    def as_dict(self) -> dict:
        """The job as the CLI reports it (the record is added by the caller)."""
        return {
            "job": self.pk,
            "source": self.source,
            "status": self.status,
            "type": self.source_type,
            "attempts": self.attempts,
            "progress": self.progress,
            "steps": self.steps,
            "warnings": self.warnings,
            "error": {"code": self.error_code, "message": self.error} if self.error_code else None,
            "sha256": self.sha256,
            "resource": self.resource.slug if self.resource else None,
        }


class IngestedFile(models.Model):
    """One row per distinct file content ingested: the unique key that makes ingestion idempotent."""

    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("ingested file")

    def __str__(self) -> str:
        return self.sha256


class Suggestion(models.Model):
    """A guess about a resource (type, topic, country, publisher…) for a curator to accept or reject."""

    class Field(models.TextChoices):
        TYPE = "type", _("Type")
        TOPIC = "topic", _("Topic")
        COUNTRY = "country", _("Country")
        PUBLISHER = "publisher", _("Publisher")
        DATE = "date", _("Date")
        LANGUAGE = "language", _("Language")

    class Status(models.TextChoices):
        PENDING = "pending", _("To review")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="suggestions")
    job = models.ForeignKey(IngestJob, null=True, blank=True, on_delete=models.SET_NULL, related_name="suggestions")
    field = models.CharField(_("field"), max_length=12, choices=Field.choices)
    value = models.CharField(_("value"), max_length=200)
    label = models.CharField(_("label"), max_length=300)
    confidence = models.FloatField(_("confidence"))
    evidence = models.CharField(_("evidence"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    applied = models.BooleanField(_("already on the record"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["resource", "field", "-confidence"]
        verbose_name = _("suggestion")

    def __str__(self) -> str:
        return f"{self.get_field_display()}: {self.label} ({self.confidence:.0%})"

    def as_dict(self) -> dict:
        return {
            "field": self.field,
            "value": self.value,
            "label": self.label,
            "confidence": self.confidence,
            "evidence": self.evidence,
            "applied": self.applied,
        }
