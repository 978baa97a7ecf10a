"""Search filters: read from the URL and from ``field:value`` words, validated, applied as SQL.

Several values of one filter mean OR (type=guidance&type=toolkit); different filters AND.
A value that names nothing (an unknown type, country or publisher) is dropped with a warning
that the page shows, rather than silently returning nothing or failing.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lantern.catalog.models import Collection, Country, Language, Organisation, Resource, Topic
from lantern.lib.text import clean_text

MAX_VALUES = 20
YEAR_MIN, YEAR_MAX = 1800, 2200
_YEAR_RANGE = re.compile(r"^\s*(\d{4})?\s*(?:\.\.|-|–)\s*(\d{4})?\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")

# URL parameter → filter name; these are the only parameters search reads besides q, sort, page.
PARAMS = ("type", "topic", "country", "region", "publisher", "language", "collection", "year")


@dataclass
class Filters:
    types: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # slugs
    countries: list[str] = field(default_factory=list)  # alpha-2
    regions: list[str] = field(default_factory=list)  # slugs of region or sub-region names
    publishers: list[str] = field(default_factory=list)  # organisation slugs
    languages: list[str] = field(default_factory=list)  # ISO 639-1
    collections: list[str] = field(default_factory=list)  # slugs
    year_from: int | None = None
    year_to: int | None = None
    warnings: list[str] = field(default_factory=list)

    # Facet name → the attributes holding that facet's selection.
    FACET_FIELDS = {
        "type": ("types",),
        "topic": ("topics",),
        "country": ("countries",),
        "region": ("regions",),
        "publisher": ("publishers",),
        "language": ("languages",),
        "collection": ("collections",),
        "year": ("year_from", "year_to"),
    }

    def without(self, facet: str) -> Filters:
        """A copy with one facet's selection removed (for that facet's own counts)."""
        copy = dataclasses.replace(self, warnings=[])
        for name in self.FACET_FIELDS[facet]:
            setattr(copy, name, None if name.startswith("year") else [])
        return copy

    def is_empty(self) -> bool:
        return not any(
            [
                self.types,
                self.topics,
                self.countries,
                self.regions,
                self.publishers,
                self.languages,
                self.collections,
                self.year_from,
                self.year_to,
            ]
        )

    def as_params(self) -> dict[str, list[str]]:
        """The filters as URL parameters (canonical spelling), for links and feeds."""
        params = {
            "type": self.types,
            "topic": self.topics,
            "country": self.countries,
            "region": self.regions,
            "publisher": self.publishers,
            "language": self.languages,
            "collection": self.collections,
        }
        if self.year_from or self.year_to:
            params["year"] = [year_param(self.year_from, self.year_to)]
        return {k: v for k, v in params.items() if v}

    # --- reading -------------------------------------------------------------------------------
    def add(self, name: str, value: str) -> None:
        value = clean_text(str(value or "")).strip()[:200]  # no NUL or control characters reach SQL
        if not value:
            return
        reader = getattr(self, f"_add_{name}", None)
        if reader is None:
            return
        reader(value)

    def _append(self, bucket: list[str], value: str | None, label: str, raw: str) -> None:
        if value is None:
            self.warnings.append(
                _("No %(label)s called “%(value)s”; that filter was ignored.") % {"label": label, "value": raw}
            )
        elif value not in bucket and len(bucket) < MAX_VALUES:
            bucket.append(value)

    def _add_type(self, value: str) -> None:
        key = value.lower()
        labels = {str(label).lower(): code for code, label in Resource.Type.choices}
        code = key if key in Resource.Type.values else labels.get(key)
        self._append(self.types, code, _("type"), value)

    def _add_topic(self, value: str) -> None:
        topic = (
            Topic.objects.filter(Q(slug=slugify(value)) | Q(name__iexact=value)).values_list("slug", flat=True).first()
        )
        self._append(self.topics, topic, _("topic"), value)

    def _add_country(self, value: str) -> None:
        code = (
            Country.objects.filter(Q(code__iexact=value) | Q(name__iexact=value)).values_list("code", flat=True).first()
        )
        self._append(self.countries, code, _("country"), value)

    def _add_region(self, value: str) -> None:
        slug = slugify(value)
        known = {slugify(r) for r in Country.objects.values_list("region", flat=True).distinct()}
        known |= {slugify(r) for r in Country.objects.values_list("subregion", flat=True).distinct()}
        self._append(self.regions, slug if slug in known - {""} else None, _("region"), value)

    def _add_publisher(self, value: str) -> None:
        org = Organisation.objects.filter(slug=value.lower()).first() or Organisation.objects.named(value)
        self._append(self.publishers, org.slug if org else None, _("publisher"), value)

    def _add_language(self, value: str) -> None:
        code = (
            Language.objects.filter(Q(code__iexact=value) | Q(name__iexact=value))
            .values_list("code", flat=True)
            .first()
        )
        self._append(self.languages, code, _("language"), value)

    def _add_collection(self, value: str) -> None:
        slug = (
            Collection.objects.filter(Q(slug=slugify(value)) | Q(name__iexact=value))
            .values_list("slug", flat=True)
            .first()
        )
        self._append(self.collections, slug, _("collection"), value)

    def _add_year(self, value: str) -> None:
        if m := _YEAR.match(value):
            low = high = int(m.group(1))
        elif (m := _YEAR_RANGE.match(value)) and (m.group(1) or m.group(2)):
            low = int(m.group(1)) if m.group(1) else None
            high = int(m.group(2)) if m.group(2) else None
        else:
            self.warnings.append(
                _("“%(value)s” is not a year or a range like 2017..2019; that filter was ignored.") % {"value": value}
            )
            return
        if any(y is not None and not YEAR_MIN <= y <= YEAR_MAX for y in (low, high)):
            self.warnings.append(_("Years must be between %(min)s and %(max)s.") % {"min": YEAR_MIN, "max": YEAR_MAX})
            return
        if low and high and low > high:
            low, high = high, low
        self.year_from, self.year_to = low, high

    # --- applying ------------------------------------------------------------------------------
    def apply(self, queryset: QuerySet[Resource]) -> QuerySet[Resource]:
        through = Resource.topics.through
        if self.types:
            queryset = queryset.filter(type__in=self.types)
        if self.topics:
            topic_ids = descendant_ids(self.topics)
            queryset = queryset.filter(id__in=through.objects.filter(topic_id__in=topic_ids).values("resource_id"))
        if self.countries:
            queryset = queryset.filter(
                id__in=Resource.countries.through.objects.filter(country_id__in=self.countries).values("resource_id")
            )
        if self.regions:
            codes = [
                c
                for c, r, s in Country.objects.values_list("code", "region", "subregion")
                if slugify(r) in self.regions or slugify(s) in self.regions
            ]
            queryset = queryset.filter(
                id__in=Resource.countries.through.objects.filter(country_id__in=codes).values("resource_id")
            )
        if self.publishers:
            queryset = queryset.filter(
                id__in=Resource.publishers.through.objects.filter(organisation__slug__in=self.publishers).values(
                    "resource_id"
                )
            )
        if self.languages:
            queryset = queryset.filter(
                id__in=Resource.languages.through.objects.filter(language_id__in=self.languages).values("resource_id")
            )
        if self.collections:
            queryset = queryset.filter(
                id__in=Resource.collections.through.objects.filter(collection__slug__in=self.collections).values(
                    "resource_id"
                )
            )
        if self.year_from:
            queryset = queryset.filter(published_date__year__gte=self.year_from)
        if self.year_to:
            queryset = queryset.filter(published_date__year__lte=self.year_to)
        return queryset


def year_param(low: int | None, high: int | None) -> str:
    if low == high:
        return str(low)
    return f"{low or ''}..{high or ''}"


def descendant_ids(slugs: list[str]) -> set[int]:
    """Ids of these topics and every topic below them (a broader topic finds its narrower ones)."""
    parents = dict(Topic.objects.values_list("id", "parent_id"))
    chosen = set(Topic.objects.filter(slug__in=slugs).values_list("id", flat=True))
    result = set(chosen)
    for topic_id in parents:
        node = parents.get(topic_id)
        while node is not None:
            if node in chosen:
                result.add(topic_id)
                break
            node = parents.get(node)
    return result


def from_request(params, parsed_fields: list[tuple[str, str]] = ()) -> Filters:
    """Filters from a QueryDict-like object (``getlist``) and the search box's field words."""
    filters = Filters()
    for name in PARAMS:
        if hasattr(params, "getlist"):
            values = params.getlist(name)
        else:  # a plain mapping: a value or a list of values
            raw = params.get(name, [])
            values = list(raw) if isinstance(raw, list | tuple) else [raw]
        for value in values[:MAX_VALUES]:
            filters.add(name, value)
    for name, value in parsed_fields:
        filters.add(name, value)
    return filters
