"""Related resources: nearest in meaning (passage vectors of the records) plus shared topics and
countries, excluding other versions of the same work — editions and translations are shown in
their own place, not as "related"."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, F, Q

from lantern.catalog.models import Resource, attach_listing
from lantern.search import engine, semantic

TOPIC_BONUS = 0.06  # per shared topic, added to the cosine of the two records
COUNTRY_BONUS = 0.03
CANDIDATES = 40


def same_work_ids(resource: Resource) -> set[int]:
    """Ids of translations and editions of this resource (and itself)."""
    work = {resource.id, resource.translation_of_id or resource.id}
    if resource.series_id:
        work |= set(Resource.objects.filter(series_id=resource.series_id).order_by().values_list("id", flat=True))
    # Translations of any of these (and the originals they translate) are the same work too:
    # two indexed look-ups (as one OR across a join, SQLite read every row: 45 ms at 100,000).
    translations = Resource.objects.filter(translation_of_id__in=work).order_by().values_list("id", flat=True)
    originals = (
        Resource.objects.filter(id__in=work, translation_of__isnull=False)
        .order_by()
        .values_list("translation_of_id", flat=True)
    )
    return work | set(translations) | set(originals)


def _shared(resource: Resource, queryset):
    # ``all()``: the detail page has prefetched both.
    topic_ids = [topic.id for topic in resource.topics.all()]
    country_ids = [country.code for country in resource.countries.all()]
    return queryset.annotate(
        shared_topics=Count("topics", filter=Q(topics__in=topic_ids), distinct=True),
        shared_countries=Count("countries", filter=Q(countries__in=country_ids), distinct=True),
    )


def _sharing_terms(resource: Resource, excluded: set[int], limit: int) -> list[Resource]:
    """Published resources sharing the most topics, then countries, newest first (the engine
    scores each shared topic 1 and each shared country 0.001, so topics count first)."""
    import tantivy

    searchers = engine.Searchers.open()
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
    rows = Resource.objects.in_bulk([rid for rid, _ in found])
    scored = [(round(score, 4), rows[rid]) for rid, score in found if rid in rows and rows[rid].is_published]
    scored.sort(key=lambda item: (-item[0], -(item[1].published_date or dt.date.min).toordinal(), item[1].id))
    return [r for _, r in scored[:limit]]


def related(resource: Resource, limit: int = 4) -> list[Resource]:
    excluded = same_work_ids(resource)
    candidates = Resource.objects.published().exclude(id__in=excluded)
    near = dict(semantic.similar_resources(resource.id, CANDIDATES)) if semantic.enabled() else {}
    chosen: list[Resource] = []
    if near:
        scored = _shared(resource, candidates.filter(id__in=list(near)))
        ranked = sorted(
            scored,
            key=lambda r: (
                -(near[r.id] + TOPIC_BONUS * r.shared_topics + COUNTRY_BONUS * r.shared_countries),
                r.id,
            ),
        )
        chosen = ranked[:limit]
    if len(chosen) < limit and engine.enabled():  # no vectors yet, or too few neighbours
        chosen += _sharing_terms(resource, excluded | {r.id for r in chosen}, limit - len(chosen))
    elif len(chosen) < limit:  # the same from the database (slow at scale: every row is counted)
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
