"""What curators are asked to look at: possible duplicates, editions, translations, parts,
mismatched descriptions and broken links. Each flag is resolved or dismissed with a reason."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lantern.catalog.models import Resource


class Flag(models.Model):
    class Kind(models.TextChoices):
        DUPLICATE = "duplicate", _("Possible duplicate")
        EDITION = "edition", _("Possible edition of the same series")
        TRANSLATION = "translation", _("Possible translation")
        PART = "part", _("Possible part of the other")
        MISMATCH = "mismatch", _("Description does not match the document")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")
        DISMISSED = "dismissed", _("Dismissed")

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="flags")
    other = models.ForeignKey(Resource, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    score = models.FloatField(_("score"), default=0.0)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True)
    note = models.TextField(_("reason for the decision"), blank=True)
    created_at = models.DateTimeField(_("raised"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["status", "-score", "-created_at"]
        constraints = [models.UniqueConstraint(fields=["resource", "other", "kind"], name="unique_flag")]
        verbose_name = _("quality flag")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.resource}" + (f" ~ {self.other}" if self.other else "")

    def decide(self, status: str, note: str, user=None) -> None:
        self.status, self.note, self.decided_by, self.decided_at = status, note, user, timezone.now()
        self.save(update_fields=["status", "note", "decided_by", "decided_at"])


class Revision(models.Model):
    """One saved state of a resource: who, when, what changed, and the whole record to restore."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField(_("revision"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(_("made by"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    snapshot = models.JSONField(_("record"))
    changes = models.JSONField(_("changes"), default=list, blank=True)

    class Meta:
        ordering = ["resource", "-number"]
        constraints = [models.UniqueConstraint(fields=["resource", "number"], name="unique_revision")]
        verbose_name = _("revision")

    def __str__(self) -> str:
        return f"{self.resource} — revision {self.number}"

    @property
    def changed_fields(self) -> list[str]:
        return [change["field"] for change in self.changes]
