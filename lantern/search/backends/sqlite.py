"""SQLite FTS5: an external-content table over search_searchdocument, kept in sync by triggers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection

from lantern.lib.query import ParsedQuery, Term
from lantern.lib.sql import placeholders
from lantern.search.backends.base import MARK_END, MARK_START, PassageMatch, Snippet
from lantern.search.backends.database import DatabaseBackend

# bm25 weights per column: title, abstract, meta, body.
WEIGHTS = (10.0, 4.0, 2.0, 1.0)
SNIPPET_TOKENS = 28


def _quote(term: Term) -> str:
    """A term as an FTS5 string: every user character is data, never syntax."""
    return '"' + term.text.replace('"', '""') + '"'


def compile_match(query: ParsedQuery) -> str:
    """Compile the parsed query to an FTS5 MATCH expression (positive part required)."""
    groups = []
    for group in query.must:
        inner = " OR ".join(_quote(t) for t in group)
        groups.append(f"({inner})" if len(group) > 1 else inner)
    expression = " AND ".join(groups)
    if query.exclude:
        excluded = " OR ".join(_quote(t) for t in query.exclude)
        expression = f"({expression}) NOT ({excluded})"
    return expression


def _chunks_matching(count: int) -> str:
    """FROM and WHERE of a passage search: the chunks (``c``) matching ``%s`` (an FTS5 query)
    among those of ``count`` resources (``%s`` each, after the query)."""
    return (
        "FROM search_chunk_fts JOIN search_searchchunk c ON c.id = search_chunk_fts.rowid "
        "WHERE search_chunk_fts MATCH %s AND search_chunk_fts.rowid IN "
        f"(SELECT id FROM search_searchchunk WHERE resource_id IN ({placeholders(count)}))"
    )


class SQLiteBackend(DatabaseBackend):
    vendor = "sqlite"

    def match_sql(self, query: ParsedQuery) -> tuple[str, list]:
        if not query.must:  # only exclusions: everything except what they match
            excluded = " OR ".join(_quote(t) for t in query.exclude)
            return (
                "SELECT resource_id FROM search_searchdocument WHERE resource_id NOT IN "
                "(SELECT rowid FROM search_fts WHERE search_fts MATCH %s)",
                [excluded],
            )
        return "SELECT rowid FROM search_fts WHERE search_fts MATCH %s", [compile_match(query)]

    def rank_sql(self, query: ParsedQuery) -> tuple[str, list]:
        weights = ", ".join(str(w) for w in WEIGHTS)
        return (
            f"SELECT rowid AS id, -bm25(search_fts, {weights}) AS score FROM search_fts WHERE search_fts MATCH %s",
            [compile_match(query)],
        )

    def record_snippets(self, query: ParsedQuery, titles: dict[int, str]) -> dict[int, Snippet]:
        ids = list(titles)
        if not ids or not query.must:
            return {}
        marks = f"'{MARK_START}', '{MARK_END}'"
        sql = (
            f"SELECT rowid, highlight(search_fts, 0, {marks}), "
            f"snippet(search_fts, 1, {marks}, '…', {SNIPPET_TOKENS}), "
            f"snippet(search_fts, 3, {marks}, '…', {SNIPPET_TOKENS}) "
            f"FROM search_fts WHERE search_fts MATCH %s AND rowid IN ({placeholders(len(ids))})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [compile_match(query), *ids])
            rows = cursor.fetchall()
        result = {}
        for rowid, title, abstract, body in rows:
            best = max((abstract or "", body or ""), key=lambda s: s.count(MARK_START))
            result[rowid] = Snippet(title=title or "", text=best if MARK_START in best else "")
        return result

    def passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 200) -> list[PassageMatch]:
        if not resource_ids or not query.must:
            return []
        marks = f"'{MARK_START}', '{MARK_END}'"
        sql = (
            f"SELECT c.resource_id, c.page, c.attachment_id, "
            f"snippet(search_chunk_fts, 0, {marks}, '…', {SNIPPET_TOKENS}), -bm25(search_chunk_fts) AS s "
            f"{_chunks_matching(len(resource_ids))} ORDER BY s DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [compile_match(query), *resource_ids, limit])
            rows = cursor.fetchall()
        return [PassageMatch(rid, page, att, text or "", float(score)) for rid, page, att, text, score in rows]

    def best_passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 1000) -> list[tuple[int, float]]:
        if not resource_ids or not query.must:
            return []
        # bm25() only exists inside the MATCH query: scored there, grouped outside.
        sql = (
            "SELECT resource_id, MAX(s) AS best FROM ("
            f"SELECT c.resource_id, -bm25(search_chunk_fts) AS s {_chunks_matching(len(resource_ids))} "
            "ORDER BY s DESC LIMIT %s) GROUP BY resource_id ORDER BY best DESC, resource_id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [compile_match(query), *resource_ids, limit])
            return [(rid, float(score)) for rid, score in cursor.fetchall()]

    def rebuild(self) -> None:
        """Both FTS5 indexes read again from their tables, then merged."""
        with connection.cursor() as cursor:
            for table in ("search_fts", "search_chunk_fts"):
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")

    @contextmanager
    def rewriting(self) -> Iterator[None]:
        """The triggers that keep FTS5 in step are dropped meanwhile (each row written would be
        tokenized, and each row deleted tokenized again), then both indexes are rebuilt once from
        their tables and the triggers put back, in the caller's transaction: an error leaves
        them as they were."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (%s, %s) ORDER BY name",
                ["search_searchdocument", "search_searchchunk"],
            )
            triggers = cursor.fetchall()
            for name, _ in triggers:
                cursor.execute(f'DROP TRIGGER "{name}"')
        yield
        with connection.cursor() as cursor:
            for _, sql in triggers:
                cursor.execute(sql)
        self.rebuild()

    def integrity_problems(self) -> list[str]:
        from django.db import DatabaseError

        try:
            with connection.cursor() as cursor:
                cursor.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
                cursor.execute("INSERT INTO search_chunk_fts(search_chunk_fts, rank) VALUES ('integrity-check', 1)")
        except DatabaseError as exc:
            return [f"FTS5 index does not match the documents table: {exc}"]
        return []
