"""Related resources: nearest in meaning (passage vectors of the records) plus shared topics and
countries, excluding other versions of the same work — editions and translations are shown in
their own place, not as "related"."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.db.models import Count, F, Q

from lantern.catalog.listing import attach_listing
from lantern.catalog.models import Resource, published_sql
from lantern.lib.sql import placeholders, table
from lantern.search import engine, semantic

TOPIC_BONUS = 0.06  # per shared topic, added to the cosine of the two records
COUNTRY_BONUS = 0.03
CANDIDATES = 40


def same_work_ids(resource: Resource) -> set[int]:
    """Ids of translations and editions of this resource (and itself): the resource, its
    original and its series, then the translations of any of these and the originals they
    translate. One statement of indexed look-ups (as one OR across a join, SQLite reads every
    row; three ORM queries cost more than the statement)."""
    resources = table(Resource)
    sql = (
        f"WITH work(id) AS (SELECT %s UNION SELECT %s UNION SELECT id FROM {resources} WHERE series_id = %s)"  # noqa: S608 - the table name from the model
        f" SELECT id FROM work UNION SELECT id FROM {resources} WHERE translation_of_id IN (SELECT id FROM work)"
        f" UNION SELECT translation_of_id FROM {resources} WHERE id IN (SELECT id FROM work) AND translation_of_id IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [resource.id, resource.translation_of_id or resource.id, resource.series_id])
        return {row[0] for row in cursor.fetchall()}


def _shared(resource: Resource, queryset):
    # ``all()``: the detail page has prefetched both.
    topic_ids = [topic.id for topic in resource.topics.all()]
    country_ids = [country.code for country in resource.countries.all()]
    return queryset.annotate(
        shared_topics=Count("topics", filter=Q(topics__in=topic_ids), distinct=True),
        shared_countries=Count("countries", filter=Q(countries__in=country_ids), distinct=True),
    )


def _nearest(resource: Resource, ids: list[int], near: dict[int, float], limit: int) -> list[Resource]:
    """The ``limit`` best of ``ids`` by cosine plus the bonuses for shared topics and countries.

    The published ones and their shared links counted in one statement, then only the chosen
    rows read (reading and annotating all forty candidates is a large share of the detail page).
    """
    if not ids:
        return []
    topic_ids = [topic.id for topic in resource.topics.all()] or [None]
    country_codes = [country.code for country in resource.countries.all()] or [None]
    public_sql, public_params = published_sql("r")
    sql = (
        f"SELECT r.id,"  # noqa: S608 - names from the models, every value bound
        f" (SELECT COUNT(*) FROM {table(Resource.topics.through)} t"
        f"  WHERE t.resource_id = r.id AND t.topic_id IN ({placeholders(len(topic_ids))})),"
        f" (SELECT COUNT(*) FROM {table(Resource.countries.through)} c"
        f"  WHERE c.resource_id = r.id AND c.country_id IN ({placeholders(len(country_codes))}))"
        f" FROM {table(Resource)} r WHERE r.id IN ({placeholders(len(ids))}) AND {public_sql}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*topic_ids, *country_codes, *ids, *public_params])
        scores = {
            rid: near[rid] + TOPIC_BONUS * topics + COUNTRY_BONUS * countries for rid, topics, countries in cursor
        }
    best = sorted(scores, key=lambda rid: (-scores[rid], rid))[:limit]
    rows = Resource.objects.order_by().in_bulk(best)
    return [rows[rid] for rid in best if rid in rows]


def _sharing_terms(resource: Resource, excluded: set[int], limit: int) -> list[Resource]:
    """Published resources sharing the most topics, then countries, newest first (the engine
    scores each shared topic 1 and each shared country 0.001, so topics count first)."""
    import tantivy

    from lantern.search.backends.tantivy import Searchers

    searchers = Searchers.open()
    schema = searchers.compiler.schema
    clauses = [
        (tantivy.Occur.Should, tantivy.Query.const_score_query(tantivy.Query.term_query(schema, field, value), weight))
        for field, values, weight in (
            ("topic", [topic.slug for topic in resource.topics.all()], 1.0),
            ("country", [country.code for country in resource.countries.all()], 0.001),
        )
        for value in values
    ]
    if not clauses:
        return []
    clauses.append((tantivy.Occur.MustNot, searchers.compiler.ids(excluded)))
    found = searchers.ranked(tantivy.Query.boolean_query(clauses), limit * 10)
    rows = Resource.objects.order_by().in_bulk([rid for rid, _ in found])
    scored = [(round(score, 4), rows[rid]) for rid, score in found if rid in rows and rows[rid].is_published]
    scored.sort(key=lambda item: (-item[0], -(item[1].published_date or dt.date.min).toordinal(), item[1].id))
    return [r for _, r in scored[:limit]]


def related(resource: Resource, limit: int = 4) -> list[Resource]:
    excluded = same_work_ids(resource)
    near = dict(semantic.similar_resources(resource.id, CANDIDATES)) if semantic.enabled() else {}
    chosen = _nearest(resource, [rid for rid in near if rid not in excluded], near, limit) if near else []
    if len(chosen) < limit and engine.enabled():  # no vectors yet, or too few neighbours
        chosen += _sharing_terms(resource, excluded | {r.id for r in chosen}, limit - len(chosen))
    elif len(chosen) < limit:  # the same from the database (slow at scale: every row is counted)
        candidates = Resource.objects.published().exclude(id__in=excluded)
        by_terms = (
            _shared(resource, candidates.exclude(id__in=[r.id for r in chosen]))
            .filter(Q(shared_topics__gt=0) | Q(shared_countries__gt=0))
            .order_by(
                F("shared_topics").desc(),
                F("shared_countries").desc(),
                F("published_date").desc(nulls_last=True),
                "id",
            )[: limit - len(chosen)]
        )
        chosen += list(by_terms)
    attach_listing(chosen)  # what their cards show, without reading the rows again
    return chosen
