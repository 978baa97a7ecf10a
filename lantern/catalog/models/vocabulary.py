"""The catalogue's vocabularies: countries (with their regions), languages and topics."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def lines(value: str) -> list[str]:
    """The lines of a one-per-line field (synonyms, aliases), stripped, the blank ones left out."""
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


class Country(models.Model):
    """ISO 3166-1 countries with their UN M49 regions (loaded from shipped data)."""

    code = models.CharField(_("code"), max_length=2, primary_key=True, help_text=_("ISO 3166-1 alpha-2"))
    name = models.CharField(_("name"), max_length=100)
    m49 = models.CharField(_("M49 code"), max_length=3, blank=True)
    region = models.CharField(_("region"), max_length=40, blank=True)
    subregion = models.CharField(_("sub-region"), max_length=60, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name


class Language(models.Model):
    code = models.CharField(_("code"), max_length=2, primary_key=True, help_text=_("ISO 639-1"))
    name = models.CharField(_("name"), max_length=80)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")

    def __str__(self) -> str:
        return self.name


class Topic(models.Model):
    """A term of the field's controlled vocabulary; ``synonyms`` feed search and suggestions."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("broader topic"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    synonyms = models.TextField(_("synonyms"), blank=True, help_text=_("One per line."))
    description = models.TextField(_("description"), blank=True)
    name_fr = models.CharField(_("name in French"), max_length=120, blank=True)
    name_es = models.CharField(_("name in Spanish"), max_length=120, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("topic")

    def __str__(self) -> str:
        return self.name

    @property
    def synonym_list(self) -> list[str]:
        return lines(self.synonyms)

    def clean(self) -> None:
        node, seen = self.parent, set()
        while node is not None:
            if node.pk == self.pk or node.pk in seen:
                raise ValidationError({"parent": _("A topic cannot sit below itself.")})
            seen.add(node.pk)
            node = node.parent

    def get_absolute_url(self) -> str:
        return reverse("public:search") + f"?topic={self.slug}"
