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
    source = models.CharField(_("made by"), max_length=120, blank=True)
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


class Merge(models.Model):
    """One resource merged into another, with what is needed to undo it."""

    kept = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="merges_kept")
    merged = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="merges_merged")
    merged_status = models.CharField(max_length=10)  # the merged resource's status before
    kept_before = models.JSONField()  # the kept resource's record before the merge
    moved = models.JSONField(default=dict)  # ids moved to the kept resource, by kind
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("merge")

    def __str__(self) -> str:
        return f"{self.merged} → {self.kept}"


class Redirect(models.Model):
    """An old resource address that now leads to another resource (after a merge)."""

    old_slug = models.SlugField(max_length=120, unique=True)
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="redirects")
    merge = models.ForeignKey(Merge, null=True, blank=True, on_delete=models.CASCADE, related_name="redirects")

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.resource.slug}"


class LinkCheck(models.Model):
    """One check of a resource's source link or of a linked file: the history of a link."""

    class Kind(models.TextChoices):
        SOURCE = "source", _("Source page")
        FILE = "file", _("File")

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="link_checks")
    url = models.URLField(max_length=1000)
    kind = models.CharField(max_length=6, choices=Kind.choices)
    checked_at = models.DateTimeField(default=timezone.now, db_index=True)
    ok = models.BooleanField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)
    final_url = models.URLField(max_length=1000, blank=True)
    attempts = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["-checked_at"]
        indexes = [models.Index(fields=["resource", "url", "-checked_at"])]
        verbose_name = _("link check")

    def __str__(self) -> str:
        return f"{self.url}: {'ok' if self.ok else self.error or self.status_code}"


class VisitorSuggestion(models.Model):
    """A message from a visitor to the curators: a resource to add (a URL or a file, and a note),
    ingested as a draft for review; or a problem with a published resource (what is wrong, and a
    note), which waits here for a curator."""

    class Kind(models.TextChoices):
        SUGGESTION = "suggestion", _("Suggested resource")
        PROBLEM = "problem", _("Problem report")

    class Problem(models.TextChoices):
        # The public form shows these words too (lantern/public/report.py): keep both in step.
        BROKEN = "broken", _("A link or file does not work")
        WRONG = "wrong", _("Wrong or outdated information")
        DUPLICATE = "duplicate", _("It duplicates another resource")
        HARMFUL = "harmful", _("Harmful or unsafe content")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.SUGGESTION, db_index=True)
    resource = models.ForeignKey(
        Resource,
        verbose_name=_("resource"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="visitor_reports",
        help_text=_("The resource a problem report is about."),
    )
    problem = models.CharField(_("problem"), max_length=10, choices=Problem.choices, blank=True)
    url = models.URLField(_("address"), max_length=1000, blank=True)
    filename = models.CharField(_("file"), max_length=255, blank=True)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    contact = models.EmailField(_("contact (optional)"), blank=True)
    sender = models.CharField(
        max_length=64, db_index=True, help_text=_("A keyed hash of the sender's address, for rate limits only.")
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    job_id = models.PositiveBigIntegerField(null=True, blank=True, help_text=_("The ingestion job."))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("visitor suggestion or report")
        verbose_name_plural = _("visitor suggestions and reports")

    def __str__(self) -> str:
        if self.kind == self.Kind.PROBLEM:
            return f"{self.get_problem_display()}: {self.resource or 'a resource since deleted'}"
        return self.url or self.filename or f"suggestion {self.pk}"


class SuggestionGate(models.Model):
    """One row that every visitor's suggestion updates before it counts the last hour's: the
    database lets one suggestion at a time through (PostgreSQL holds the updated row until commit,
    SQLite its write lock), so parallel posts from one sender cannot all count four and all be kept."""

    passed = models.PositiveBigIntegerField(default=0, help_text=_("Suggestions that have come through."))

    class Meta:
        verbose_name = _("suggestion gate")

    def __str__(self) -> str:
        return f"{self.passed} suggestions through"
