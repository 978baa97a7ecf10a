"""The files of a resource, stored here or linked, and the text of each page read from them."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lantern.catalog.models.resources import Resource


def attachment_path(instance: Attachment, filename: str) -> str:
    return f"files/{timezone.now():%Y/%m}/{filename}"


class Attachment(models.Model):
    """A file of a resource: stored here, or a link to a copy held elsewhere."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=500, blank=True)
    url = models.URLField(_("external URL"), max_length=1000, blank=True)
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    label = models.CharField(
        _("label"), max_length=200, blank=True, help_text=_('e.g. "Full report", "Executive summary"')
    )
    media_type = models.CharField(_("media type"), max_length=100, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), null=True, blank=True)
    page_count = models.PositiveIntegerField(
        _("pages"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(100_000)]
    )
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class TextStatus(models.TextChoices):
        UNREAD = "", _("Not read")
        EXTRACTED = "extracted", _("Text extracted")
        PARTIAL = "partial", _("Text partly extracted (a limit was reached)")
        NO_TEXT_LAYER = "no_text_layer", _("No text layer (a scan: needs OCR)")
        RECOGNISED = "recognised", _("Text recognised from page images (OCR) on some or all pages")

    # Set by ingestion: whether the file's text could be read into its pages.
    text_status = models.CharField(_("text"), max_length=16, choices=TextStatus.choices, default="", blank=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("file")

    def __str__(self) -> str:
        return self.label or self.filename or self.url or f"file {self.pk}"

    def clean(self) -> None:
        if not self.file and not self.url:
            raise ValidationError(_("Upload a file or give its URL."))

    @property
    def format_label(self) -> str:
        from lantern.lib.files import format_label

        return format_label(self.media_type, self.filename or self.url)

    @property
    def download_url(self) -> str:
        if self.file:
            return reverse("public:download", args=[self.resource.slug, self.pk])
        return self.url


class Page(models.Model):
    """The text of one page of a file, as ingestion extracted it; search cites its number."""

    attachment = models.ForeignKey(Attachment, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField(_("page number"))
    text = models.TextField(_("text"), blank=True)
    language = models.CharField(_("language"), max_length=2, blank=True, help_text=_("ISO 639-1, when detected"))
    recognised = models.BooleanField(
        _("recognised (OCR)"), default=False, help_text=_("The text was recognised from an image of the page")
    )

    class Meta:
        ordering = ["attachment", "number"]
        constraints = [models.UniqueConstraint(fields=["attachment", "number"], name="unique_page")]
        verbose_name = _("page")

    def __str__(self) -> str:
        return f"{self.attachment} p. {self.number}"
