"""The search interface on the database's own full-text engine (SQLite FTS5 or PostgreSQL).

A dialect says how to match and rank (``match_sql``, ``rank_sql``) and how to quote
(``record_snippets``, ``passages``); filters, counts, orders and facets are the ORM's, over
``Resource.objects.published()``.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, F, Q
from django.db.models.expressions import RawSQL

from lantern.catalog.models import Resource
from lantern.lib.query import ParsedQuery
from lantern.search import facets as facet_counts
from lantern.search.backends.base import Backend, Match

MAP_COUNTRIES = 400


class DatabaseBackend(Backend):
    def match_sql(self, query: ParsedQuery) -> tuple[str, list]:
        """SQL selecting the ``resource_id`` of every document matching the query's text."""
        raise NotImplementedError

    def rank_sql(self, query: ParsedQuery) -> tuple[str, list]:
        """SQL selecting ``id, score`` of every matching document, in one engine query."""
        raise NotImplementedError

    # --- the interface ------------------------------------------------------------------------

    def ranked(self, query: ParsedQuery, filters, limit: int) -> tuple[list[tuple[int, float]], int]:
        scope = filters.apply(Resource.objects.published())
        if not query.must:
            return [], 0
        rank_sql, rank_params = self.rank_sql(query)
        scope_sql, scope_params = scope.order_by().values("id").query.sql_with_params()
        # Both pieces are SQL we generate; every user value is a bound parameter.
        sql = " ".join(
            [
                f"WITH s AS MATERIALIZED ({rank_sql})",
                "SELECT s.id, s.score FROM s JOIN catalog_resource r ON r.id = s.id",
                f"WHERE s.id IN ({scope_sql})",
                "ORDER BY s.score DESC, r.published_date DESC, s.id LIMIT %s",
            ]
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*rank_params, *scope_params, limit])
            ranked = [(rid, float(score or 0.0)) for rid, score in cursor.fetchall()]
        total = len(ranked) if len(ranked) < limit else self.count(Match(query), filters)
        return ranked, total

    def among(self, query: ParsedQuery | None, ids, filters=None) -> set[int]:
        ids = list(ids)
        if not ids:
            return set()
        found = Resource.objects.published().filter(id__in=ids)
        if query is not None:
            found = found.filter(self._text(query))
        if filters is not None:
            found = filters.apply(found)
        return set(found.values_list("id", flat=True))

    def count(self, match: Match, filters) -> int:
        return self._matching(match, filters).count()

    def ordered(self, match: Match, filters, sort: str, limit: int, offset: int) -> list[int]:
        date = F("published_date")
        order = {
            "oldest": (date.asc(nulls_last=True), "title", "id"),
            "title": ("title", "id"),
        }.get(sort, (date.desc(nulls_last=True), "title", "id"))
        rows = self._matching(match, filters).order_by(*order).values_list("id", flat=True)
        return list(rows[offset : offset + limit])

    def facets(self, match: Match, filters) -> tuple[list, list[tuple[str, str, int]]]:
        base = self._matching(match, None)
        rows = (
            Resource.countries.through.objects.filter(resource_id__in=filters.apply(base).values("id"))
            .values_list("country__code", "country__name")
            .annotate(n=Count("resource_id", distinct=True))
            .order_by("-n", "country__name")[:MAP_COUNTRIES]
        )
        return facet_counts.compute(base, filters), list(rows)

    # --- helpers --------------------------------------------------------------------------------

    def _text(self, query: ParsedQuery) -> Q:
        sql, params = self.match_sql(query)
        return Q(id__in=RawSQL(sql, params))  # noqa: S611 - the engine's SQL, user text bound

    def _matching(self, match: Match, filters):
        found = Resource.objects.published()
        if not match.everything:
            text = self._text(match.query) if match.query is not None else Q(pk__in=[])
            found = found.filter(text | Q(id__in=sorted(match.ids)) if match.ids else text)
        return filters.apply(found) if filters is not None else found
