"""PostgreSQL full text: a stored, weighted tsvector (generated column) with a GIN index."""

from __future__ import annotations

from django.db import connection

from lantern.lib.query import ParsedQuery
from lantern.search.backends.base import MARK_END, MARK_START, PassageMatch, Snippet
from lantern.search.backends.database import DatabaseBackend

CONFIG = "english"
# ts_rank_cd weights for D (body), C (meta), B (abstract), A (title).
WEIGHTS = "{0.1, 0.3, 0.5, 1.0}"
HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
)
PASSAGE_OPTIONS = f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=35, MinWords=15, MaxFragments=1'
TITLE_OPTIONS = f'StartSel="{MARK_START}", StopSel="{MARK_END}", HighlightAll=true'


def tsquery(query: ParsedQuery) -> tuple[str, list]:
    """The parsed query as a tsquery expression built term by term.

    Built here rather than by ``websearch_to_tsquery`` on rebuilt text because websearch syntax
    binds AND tighter than OR (``a OR b c`` is ``a | (b & c)``), which breaks OR groups such as
    thesaurus expansions. Every term is a bound parameter.
    """
    params: list = []

    def term_sql(term) -> str:
        params.append(term.text)
        function = "phraseto_tsquery" if term.phrase else "plainto_tsquery"
        return f"{function}('{CONFIG}', %s)"

    groups = ["(" + " || ".join(term_sql(t) for t in group) + ")" for group in query.must]
    expression = " && ".join(groups) if groups else ""
    if query.exclude:
        excluded = " || ".join(term_sql(t) for t in query.exclude)
        expression = f"({expression}) && !!({excluded})" if expression else f"!!({excluded})"
    return f"({expression})", params


class PostgresBackend(DatabaseBackend):
    vendor = "postgresql"

    def match_sql(self, query: ParsedQuery) -> tuple[str, list]:
        expression, params = tsquery(query)
        return f"SELECT resource_id FROM search_searchdocument WHERE vector @@ {expression}", params

    def rank_sql(self, query: ParsedQuery) -> tuple[str, list]:
        expression, params = tsquery(query)
        return (
            f"SELECT d.resource_id AS id, ts_rank_cd('{WEIGHTS}', d.vector, tq.q, 1) AS score "
            f"FROM search_searchdocument d, (SELECT {expression} AS q) tq WHERE d.vector @@ tq.q",
            params,
        )

    def record_snippets(self, query: ParsedQuery, titles: dict[int, str]) -> dict[int, Snippet]:
        ids = list(titles)
        if not ids or not query.must:
            return {}
        expression, params = tsquery(query)
        sql = (
            f"SELECT d.resource_id, ts_headline('{CONFIG}', d.title, tq.q, %s), "
            f"ts_headline('{CONFIG}', d.abstract || ' ' || left(d.body, 200000), tq.q, %s) "
            f"FROM search_searchdocument d, (SELECT {expression} AS q) tq "
            "WHERE d.resource_id = ANY(%s)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [TITLE_OPTIONS, HEADLINE_OPTIONS, *params, list(ids)])
            rows = cursor.fetchall()
        return {
            rid: Snippet(title=title or "", text=text if MARK_START in (text or "") else "")
            for rid, title, text in rows
        }

    def passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 200) -> list[PassageMatch]:
        if not resource_ids or not query.must:
            return []
        expression, params = tsquery(query)
        sql = (
            f"SELECT c.resource_id, c.page, c.attachment_id, ts_headline('{CONFIG}', c.text, tq.q, %s), "
            "ts_rank_cd(c.tsv, tq.q, 1) AS s "
            f"FROM search_searchchunk c, (SELECT {expression} AS q) tq "
            "WHERE c.resource_id = ANY(%s) AND c.tsv @@ tq.q ORDER BY s DESC, c.id LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [PASSAGE_OPTIONS, *params, list(resource_ids), limit])
            rows = cursor.fetchall()
        return [PassageMatch(rid, page, att, text or "", float(score)) for rid, page, att, text, score in rows]

    def best_passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 1000) -> list[tuple[int, float]]:
        if not resource_ids or not query.must:
            return []
        expression, params = tsquery(query)
        sql = (
            "SELECT resource_id, MAX(s) AS best FROM ("
            "SELECT c.resource_id, ts_rank_cd(c.tsv, tq.q, 1) AS s "
            f"FROM search_searchchunk c, (SELECT {expression} AS q) tq "
            "WHERE c.resource_id = ANY(%s) AND c.tsv @@ tq.q ORDER BY s DESC, c.id LIMIT %s) p "
            "GROUP BY resource_id ORDER BY best DESC, resource_id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, list(resource_ids), limit])
            return [(rid, float(score)) for rid, score in cursor.fetchall()]
