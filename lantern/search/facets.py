"""Facet counts over the filtered result: how many resources each value would show."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from lantern.catalog import versions
from lantern.catalog.models import Resource
from lantern.search.filters import Filters

LIMIT = 12


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str  # the URL parameter
    label: str
    values: list[FacetValue]
    more: bool  # there were more values than shown


def _facet(name, label, rows, selected, limit) -> Facet:
    values = [FacetValue(str(v), str(lbl), n, str(v) in selected) for v, lbl, n in rows[:limit]]
    return Facet(name, str(label), values, more=len(rows) > limit)


def _through_counts(queryset, field, value_path, label_path, limit):
    through = getattr(Resource, field).through
    rows = (
        through.objects.filter(resource_id__in=queryset.values("id"))
        .values_list(value_path, label_path)
        .annotate(n=Count("resource_id", distinct=True))
        .order_by("-n", label_path)[: limit + 1]
    )
    return list(rows)


def vocabulary_labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Names of topics, countries and languages by slug or code (kept until one of them changes)."""
    return versions.cached("search.labels", _read_labels, "topics", "countries", "languages")


def _read_labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    from lantern.catalog.models import Country, Language, Topic

    return (
        dict(Topic.objects.values_list("slug", "name")),
        dict(Country.objects.values_list("code", "name")),
        dict(Language.objects.values_list("code", "name")),
    )


def assemble(filters: Filters, limit: int = LIMIT, **rows) -> list[Facet]:
    """The seven facets in page order from each facet's (value, label, count) rows, most first."""
    selected_years = {str(y) for y in (filters.year_from, filters.year_to) if y}
    return [
        _facet("type", _("Type"), rows["type"], filters.types, limit),
        _facet("topic", _("Topic"), rows["topic"], filters.topics, limit),
        _facet("region", _("Region"), rows["region"], filters.regions, limit),
        _facet("country", _("Country"), rows["country"], filters.countries, limit),
        _facet("year", _("Year"), rows["year"], selected_years, 60),
        _facet("publisher", _("Publisher"), rows["publisher"], filters.publishers, limit),
        _facet("language", _("Language"), rows["language"], filters.languages, limit),
    ]


def compute(base: QuerySet[Resource], filters: Filters, limit: int = LIMIT) -> list[Facet]:
    """Counts for each facet over ``base`` (the text match) with every filter but its own.

    Leaving a facet's own selection out of its counts is what lets a visitor widen a choice
    (guidance *or* toolkit) from the sidebar; the other facets still narrow it.
    """

    def scope(name: str) -> QuerySet[Resource]:
        return filters.without(name).apply(base)

    types = dict(Resource.Type.choices)
    type_rows = [
        (t, types.get(t, t), n)
        for t, n in scope("type").order_by().values_list("type").annotate(n=Count("id")).order_by("-n", "type")
    ]
    region_rows = [
        (slugify(region), region, n)
        for region, n in Resource.countries.through.objects.filter(resource_id__in=scope("region").values("id"))
        .exclude(country__region="")
        .values_list("country__region")
        .annotate(n=Count("resource_id", distinct=True))
        .order_by("-n", "country__region")
    ]
    year_rows = [
        (y, y, n)
        for y, n in scope("year")
        .exclude(published_date=None)
        .annotate(y=ExtractYear("published_date"))
        .order_by()
        .values_list("y")
        .annotate(n=Count("id"))
        .order_by("-y")
    ]
    return assemble(
        filters,
        limit,
        type=type_rows,
        topic=_through_counts(scope("topic"), "topics", "topic__slug", "topic__name", limit),
        region=region_rows,
        country=_through_counts(scope("country"), "countries", "country__code", "country__name", limit),
        year=year_rows,
        publisher=_through_counts(scope("publisher"), "publishers", "organisation__slug", "organisation__name", limit),
        language=_through_counts(scope("language"), "languages", "language__code", "language__name", limit),
    )
