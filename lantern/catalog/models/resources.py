"""Resources: the one definition of "published", the resource itself with its ordered publishers
and authors and its identifiers, and the collections and series that group resources."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from lantern.catalog import identifiers
from lantern.catalog.models.agents import Organisation, Person
from lantern.catalog.models.vocabulary import Country, Language, Topic
from lantern.lib.dates import local_date
from lantern.lib.text import sanitize_html, unique_slug

if TYPE_CHECKING:
    from lantern.catalog.listing import Listing


class CollectionQuerySet(models.QuerySet):
    def public(self) -> CollectionQuerySet:
        """Collections holding at least one published resource: the only ones a public place names."""
        return self.filter(models.Exists(Resource.objects.published().filter(collections=models.OuterRef("pk"))))


class Collection(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)

    objects = CollectionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("collection")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("public:collection", args=[self.slug])


class Series(models.Model):
    """A recurring publication (an annual report, a form revised over the years)."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("series")
        verbose_name_plural = _("series")

    def __str__(self) -> str:
        return self.name


def published_q(path: str = "") -> models.Q:
    """What the public may see, as a condition on resources reached through ``path``
    ("" for resources themselves, "resources__" from an organisation…)."""
    return models.Q(**{f"{path}status": Resource.Status.PUBLISHED})


def published_sql(alias: str) -> tuple[str, list]:
    """What the public may see, as one SQL condition on the resource table under ``alias``."""
    return f"{alias}.status = %s", [Resource.Status.PUBLISHED]


class ResourceQuerySet(models.QuerySet):
    def published(self) -> ResourceQuerySet:
        """The one definition of what the public may see: site, API, feeds, search, exports.
        Organisations and collections are public through it (``Organisation.objects.public()``);
        ``published_q`` and ``published_sql`` state the same rule for relations and raw SQL."""
        return self.filter(published_q())

    def for_listing(self) -> ResourceQuerySet:
        """Rows that come with what a card shows (``resource.listed``), read in three queries."""
        from lantern.catalog.listing import ListingIterable

        clone = self.all()
        clone._iterable_class = ListingIterable
        return clone


_SLUG = re.compile(r"[-a-zA-Z0-9_]+")  # Django's slug path converter
_PLACEHOLDER = "slug-placeholder"


def _resource_url(slug: str) -> str:
    """``reverse("public:resource", args=[slug])``, reversed once per language, URL conf and
    script prefix and then filled in (a result page links twenty records, and ``reverse`` walks
    the URL patterns each time). A value the slug converter would refuse goes through ``reverse`` itself."""
    if not _SLUG.fullmatch(slug):
        return reverse("public:resource", args=[slug])
    return _resource_pattern(get_urlconf() or settings.ROOT_URLCONF, get_language(), get_script_prefix()).replace(
        _PLACEHOLDER, slug, 1
    )


@functools.lru_cache(maxsize=64)
def _resource_pattern(_urlconf: str, _language: str | None, _prefix: str) -> str:
    return reverse("public:resource", args=[_PLACEHOLDER])


@receiver(setting_changed)
def _forget_resource_pattern(**_kwargs) -> None:
    _resource_pattern.cache_clear()  # tests change URL settings (languages, prefixes)


class Resource(models.Model):
    class Type(models.TextChoices):
        REPORT = "report", _("Report")
        RESEARCH = "research", _("Research")
        GUIDANCE = "guidance", _("Guidance")
        TOOLKIT = "toolkit", _("Toolkit")
        BRIEFING = "briefing", _("Briefing paper")
        DATA = "data", _("Data and statistics")
        LEGISLATION = "legislation", _("Legislation")
        POLICY = "policy", _("Policy")
        TRAINING = "training", _("Training")
        FACTSHEET = "factsheet", _("Factsheet")
        MULTIMEDIA = "multimedia", _("Video and multimedia")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Precision(models.TextChoices):
        YEAR = "year", _("Year")
        MONTH = "month", _("Month")
        DAY = "day", _("Day")

    class Provenance(models.TextChoices):
        MANUAL = "manual", _("Entered by hand")
        IMPORT = "import", _("Imported from a file")
        INGEST = "ingest", _("Ingested from a document")
        HARVEST = "harvest", _("Harvested")
        SUGGESTION = "suggestion", _("Suggested by a visitor")
        DEMO = "demo", _("Demo data")

    title = models.CharField(_("title"), max_length=500)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    teaser = models.CharField(_("teaser"), max_length=280, blank=True, help_text=_("One line, at most 280 characters."))
    summary = models.TextField(_("summary"), blank=True)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Rich text; unsafe markup is removed on save.")
    )
    type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.REPORT)
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="resources")
    countries = models.ManyToManyField(Country, verbose_name=_("countries"), blank=True, related_name="resources")
    languages = models.ManyToManyField(Language, verbose_name=_("languages"), blank=True, related_name="resources")
    publishers = models.ManyToManyField(
        Organisation, verbose_name=_("publishers"), through="ResourcePublisher", blank=True, related_name="resources"
    )
    authors = models.ManyToManyField(
        Person, verbose_name=_("authors"), through="ResourceAuthor", blank=True, related_name="resources"
    )
    published_date = models.DateField(_("publication date"), null=True, blank=True)
    date_precision = models.CharField(_("date precision"), max_length=5, choices=Precision.choices, blank=True)
    source_url = models.URLField(_("source URL"), max_length=1000, blank=True)
    licence = models.CharField(_("licence"), max_length=100, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    withdrawn_reason = models.TextField(_("reason for withdrawal"), blank=True)
    featured = models.BooleanField(_("featured"), default=False)
    collections = models.ManyToManyField(
        Collection, verbose_name=_("collections"), blank=True, related_name="resources"
    )
    translation_of = models.ForeignKey(
        "self",
        verbose_name=_("translation of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translations",
    )
    series = models.ForeignKey(
        Series, verbose_name=_("series"), null=True, blank=True, on_delete=models.SET_NULL, related_name="editions"
    )
    edition = models.CharField(_("edition"), max_length=50, blank=True)
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    part_of = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
        help_text=_("The larger work this is a part of (an executive summary of its report, a chapter, an annex)."),
    )
    provenance = models.CharField(_("provenance"), max_length=12, choices=Provenance.choices, default=Provenance.MANUAL)
    provenance_detail = models.CharField(_("provenance detail"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    first_published_at = models.DateTimeField(_("first published"), null=True, blank=True, editable=False)

    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_date", "title"]
        verbose_name = _("resource")
        indexes = [
            models.Index(fields=["status", "published_date"]),
            models.Index(fields=["type"]),
            # The home page's featured resources, newest first: without it, a hub with none
            # featured reads every published row to find that out.
            models.Index(
                fields=["status", "published_date"], condition=models.Q(featured=True), name="resource_featured_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return _resource_url(self.slug)

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def year(self) -> int | None:
        return self.published_date.year if self.published_date else None

    @property
    def date_display(self) -> str:
        """The date only as precise as it is known, in the active language: "2017", "October 2017",
        "30 July 2019"; "octobre 2017", "30 juillet 2019"; "octubre de 2017", "30 de julio de 2019"."""
        if not self.published_date:
            return ""
        return local_date(self.published_date, self.date_precision)

    @property
    def date_iso(self) -> str:
        """ISO 8601 at the known precision: "2017", "2017-10", "2017-10-03"."""
        if not self.published_date:
            return ""
        length = {self.Precision.DAY: 10, self.Precision.MONTH: 7}.get(self.date_precision, 4)
        return self.published_date.isoformat()[:length]

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.published_date and not self.date_precision:
            self.date_precision = self.Precision.DAY
        if self.date_precision and not self.published_date:
            errors["date_precision"] = _("A precision needs a publication date.")
        if self.published_date and self.published_date > timezone.now().date() + dt.timedelta(days=366):
            errors["published_date"] = _("The publication date is more than a year in the future.")
        if self.status == self.Status.WITHDRAWN and not self.withdrawn_reason.strip():
            errors["withdrawn_reason"] = _("Say why the resource is withdrawn.")
        if self.pk and self.translation_of_id == self.pk:
            errors["translation_of"] = _("A resource cannot be a translation of itself.")
        if self.pk and self.superseded_by_id == self.pk:
            errors["superseded_by"] = _("A resource cannot supersede itself.")
        if self.pk and self.part_of_id == self.pk:
            errors["part_of"] = _("A resource cannot be a part of itself.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs) -> None:
        self.prepare_for_save()
        super().save(*args, **kwargs)

    def prepare_for_save(self, slug_taken: Callable[[str], bool] | None = None) -> None:
        """What every save sets: safe description HTML, a free slug, a day's precision for a bare
        date, the time of first publication. Bulk writers call it before ``bulk_create`` (which
        skips ``save``), with ``slug_taken`` also knowing the slugs of the rows not yet inserted."""
        self.description = sanitize_html(self.description)
        if not self.slug:
            others = Resource.objects.exclude(pk=self.pk)
            taken = slug_taken or (lambda s: others.filter(slug=s).exists())
            self.slug = unique_slug(self.title, taken, max_length=100)
        if self.published_date and not self.date_precision:
            self.date_precision = self.Precision.DAY
        if self.status == self.Status.PUBLISHED and self.first_published_at is None:
            self.first_published_at = timezone.now()

    @cached_property
    def listed(self) -> Listing:
        """Topics, publishers and languages for a card (attached in bulk by ``for_listing()``)."""
        from lantern.catalog.listing import attach_listing

        attach_listing([self])
        return self.__dict__["listed"]

    # Ordered relations, in the order the curator gave them.
    def ordered_publishers(self) -> list[Organisation]:
        return [link.organisation for link in self.publisher_links.select_related("organisation")]

    def ordered_authors(self) -> list[Person]:
        return [link.person for link in self.author_links.select_related("person")]


class ResourcePublisher(models.Model):
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="publisher_links")
    organisation = models.ForeignKey(Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["resource", "organisation"], name="unique_publisher")]
        verbose_name = _("publisher")

    def __str__(self) -> str:
        return str(self.organisation)


class ResourceAuthor(models.Model):
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="author_links")
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["resource", "person"], name="unique_author")]
        verbose_name = _("author")

    def __str__(self) -> str:
        return str(self.person)


class Identifier(models.Model):
    class Scheme(models.TextChoices):
        DOI = "doi", "DOI"
        ISBN = "isbn", "ISBN"
        ISSN = "issn", "ISSN"
        URL = "url", "URL"
        OTHER = "other", _("Other")

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="identifiers")
    scheme = models.CharField(_("scheme"), max_length=10, choices=Scheme.choices)
    value = models.CharField(_("value"), max_length=500)

    class Meta:
        ordering = ["scheme", "value"]
        constraints = [models.UniqueConstraint(fields=["resource", "scheme", "value"], name="unique_identifier")]
        verbose_name = _("identifier")

    def __str__(self) -> str:
        return f"{self.get_scheme_display()} {self.value}"

    def clean(self) -> None:
        try:
            self.value = identifiers.normalize(self.scheme, self.value)
        except ValueError as exc:
            raise ValidationError({"value": str(exc)}) from exc
