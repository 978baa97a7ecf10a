"""Facet counts over the filtered result: how many resources each value would show."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractYear
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

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


# Facet name → (engine field counted, how many values to ask the engine for).
ENGINE_FIELDS = {
    "type": ("type", 100),
    "topic": ("topic", 500),
    "region": ("region", 100),
    "country": ("country", 400),
    "year": ("year", 500),
    "publisher": ("publisher", 2000),
    "language": ("language", 300),
}


_labels: dict = {"at": -1e9}
LABELS_SECONDS = 30


def vocabulary_labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Names of topics, countries and languages by slug or code: small vocabularies, read at most
    every 30 seconds per process (and at once in the process that changes one)."""
    from lantern.catalog.models import Country, Language, Topic

    if time.monotonic() - _labels["at"] > LABELS_SECONDS:
        _labels.update(
            topics=dict(Topic.objects.values_list("slug", "name")),
            countries=dict(Country.objects.values_list("code", "name")),
            languages=dict(Language.objects.values_list("code", "name")),
            at=time.monotonic(),
        )
    return _labels["topics"], _labels["countries"], _labels["languages"]


def forget_labels(**kwargs) -> None:
    _labels["at"] = -1e9


def compute_engine(searchers, text_match, filters: Filters, limit: int = LIMIT):
    """``compute`` on the embedded engine: the same counts from tantivy aggregations, one per
    distinct set of filters (facets without a selection share one). Also returns every covered
    country as (code, name, count), for the map."""
    from lantern.catalog.models import Organisation
    from lantern.search import engine

    filter_queries = engine.filter_queries(searchers.compiler, filters)
    groups: dict[frozenset, dict[str, int]] = {}
    for name, (field, size) in ENGINE_FIELDS.items():
        scope = frozenset(k for k in filter_queries if k != name)
        groups.setdefault(scope, {})[name] = (field, size)
    counts: dict[str, list[tuple]] = {}
    for scope, members in groups.items():
        query = engine.require(text_match, *(filter_queries[k] for k in sorted(scope)))
        found = searchers.terms(query, dict(members.values()))
        for name, (field, _size) in members.items():
            counts[name] = found[field]

    def named(model, key, label, values):
        return dict(model.objects.filter(**{f"{key}__in": values}).values_list(key, label))

    def rows(name, labels):
        found = [(value, labels.get(value, value), n) for value, n in counts[name] if value in labels]
        return sorted(found, key=lambda row: (-row[2], str(row[1])))

    types = {str(k): str(v) for k, v in Resource.Type.choices}
    topics, countries, languages = vocabulary_labels()
    # Publishers are many: names of the most used only (enough to break ties by name).
    publishers = named(Organisation, "slug", "name", [v for v, _ in counts["publisher"][: limit * 3]])
    region_rows = sorted(((slugify(r), r, n) for r, n in counts["region"]), key=lambda row: (-row[2], row[1]))
    year_rows = sorted(((int(y), int(y), n) for y, n in counts["year"]), key=lambda row: -row[0])
    selected_years = {str(y) for y in (filters.year_from, filters.year_to) if y}
    country_rows = rows("country", countries)
    map_rows = country_rows
    if "country" in filter_queries:  # the map shows the countries of the results as filtered
        query = engine.require(text_match, *filter_queries.values())
        counts["map"] = searchers.terms(query, {"country": 400})["country"]
        map_rows = rows("map", countries)
    facets = [
        _facet("type", _("Type"), rows("type", types), filters.types, limit),
        _facet("topic", _("Topic"), rows("topic", topics), filters.topics, limit),
        _facet("region", _("Region"), region_rows, filters.regions, limit),
        _facet("country", _("Country"), country_rows, filters.countries, limit),
        _facet("year", _("Year"), year_rows, selected_years, 60),
        _facet("publisher", _("Publisher"), rows("publisher", publishers), filters.publishers, limit),
        _facet("language", _("Language"), rows("language", languages), filters.languages, limit),
    ]
    return facets, map_rows


def overview() -> dict | None:
    """Counts over every published resource (the home page), from the engine in a few
    milliseconds; None without it (the caller counts in the database, slow at scale).

    ``topic`` counts resources tagged with each topic; ``topic_path`` with it or a narrower one
    (each resource once per topic); ``region`` by region name; ``country`` by code.
    """
    from lantern.search import engine

    if not engine.enabled():
        return None
    searchers = engine.Searchers.open()
    sizes = {"type": 100, "topic": 1000, "topic_path": 1000, "region": 100, "country": 400}
    found = searchers.terms(engine.tantivy.Query.all_query(), sizes)
    return {"total": searchers.resources.num_docs, **{name: dict(rows) for name, rows in found.items()}}


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
    selected_years = {str(y) for y in (filters.year_from, filters.year_to) if y}
    return [
        _facet("type", _("Type"), type_rows, filters.types, limit),
        _facet(
            "topic",
            _("Topic"),
            _through_counts(scope("topic"), "topics", "topic__slug", "topic__name", limit),
            filters.topics,
            limit,
        ),
        _facet("region", _("Region"), region_rows, filters.regions, limit),
        _facet(
            "country",
            _("Country"),
            _through_counts(scope("country"), "countries", "country__code", "country__name", limit),
            filters.countries,
            limit,
        ),
        _facet("year", _("Year"), year_rows, selected_years, 60),
        _facet(
            "publisher",
            _("Publisher"),
            _through_counts(scope("publisher"), "publishers", "organisation__slug", "organisation__name", limit),
            filters.publishers,
            limit,
        ),
        _facet(
            "language",
            _("Language"),
            _through_counts(scope("language"), "languages", "language__code", "language__name", limit),
            filters.languages,
            limit,
        ),
    ]
