"""PostgreSQL full text: a stored, weighted tsvector (generated column) with a GIN index."""

from __future__ import annotations

from django.db import connection

from lantern.lib.query import ParsedQuery
from lantern.search.backends.base import MARK_END, MARK_START, Backend, PassageMatch, Snippet

CONFIG = "english"
# ts_rank_cd weights for D (body), C (meta), B (abstract), A (title).
WEIGHTS = "{0.1, 0.3, 0.5, 1.0}"
HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
)
PASSAGE_OPTIONS = f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=35, MinWords=15, MaxFragments=1'
TITLE_OPTIONS = f'StartSel="{MARK_START}", StopSel="{MARK_END}", HighlightAll=true'


class PostgresBackend(Backend):
    vendor = "postgresql"

    def match_sql(self, query: ParsedQuery) -> tuple[str, list]:
        # websearch_to_tsquery never raises on any input; the text was rebuilt from the parse.
        return (
            f"SELECT resource_id FROM search_searchdocument WHERE vector @@ websearch_to_tsquery('{CONFIG}', %s)",
            [query.websearch()],
        )

    def score_sql(self, query: ParsedQuery) -> tuple[str, list]:
        if not query.must:
            return "0", []
        return (
            f"(SELECT ts_rank_cd('{WEIGHTS}', d.vector, websearch_to_tsquery('{CONFIG}', %s), 1) "
            "FROM search_searchdocument d WHERE d.resource_id = catalog_resource.id)",
            [query.websearch()],
        )

    def snippets(self, query: ParsedQuery, ids: list[int]) -> dict[int, Snippet]:
        if not ids or not query.must:
            return {}
        sql = (
            f"SELECT d.resource_id, ts_headline('{CONFIG}', d.title, q, %s), "
            f"ts_headline('{CONFIG}', d.abstract || ' ' || left(d.body, 200000), q, %s) "
            f"FROM search_searchdocument d, websearch_to_tsquery('{CONFIG}', %s) q "
            "WHERE d.resource_id = ANY(%s)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [TITLE_OPTIONS, HEADLINE_OPTIONS, query.websearch(), list(ids)])
            rows = cursor.fetchall()
        return {
            rid: Snippet(title=title or "", text=text if MARK_START in (text or "") else "")
            for rid, title, text in rows
        }

    def passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 200) -> list[PassageMatch]:
        if not resource_ids or not query.must:
            return []
        sql = (
            f"SELECT c.resource_id, c.page, c.attachment_id, ts_headline('{CONFIG}', c.text, q, %s), "
            "ts_rank_cd(c.tsv, q, 1) AS s "
            f"FROM search_searchchunk c, websearch_to_tsquery('{CONFIG}', %s) q "
            "WHERE c.resource_id = ANY(%s) AND c.tsv @@ q ORDER BY s DESC, c.id LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [PASSAGE_OPTIONS, query.websearch(), list(resource_ids), limit])
            rows = cursor.fetchall()
        return [PassageMatch(rid, page, att, text or "", float(score)) for rid, page, att, text, score in rows]
