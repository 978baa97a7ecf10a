"""The one interface a search engine implements for ``service.search``.

Three engines implement it: tantivy (``backends.tantivy``, the embedded default), SQLite FTS5
and PostgreSQL full text (``backends.database`` and its two dialects). The search service plans
a query once (``search.understanding``), then asks the engine to match, rank, count, order,
count facets and quote; it never asks which engine it has. The catalogue stays in the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from lantern.lib.query import ParsedQuery

# Highlight markers inside engine output; private-use characters never appear in indexed text
# (lib.text.clean_text strips them), so escaping and marking cannot be confused.
MARK_START = "\ue000"
MARK_END = "\ue001"


@dataclass(frozen=True)
class Snippet:
    title: str  # the title with matches marked ("" when the title has none)
    text: str  # the best passage with matches marked ("" when none)
    page: int | None = None  # the page of a file the passage is on; None for the record's own text
    attachment_id: int | None = None


@dataclass(frozen=True)
class PassageMatch:
    resource_id: int
    page: int | None  # None: the record's own text (title, teaser, summary, description)
    attachment_id: int | None
    text: str  # the passage excerpt with matches marked
    score: float  # higher is better


@dataclass(frozen=True)
class Match:
    """The resources a search lists, before filters: every published one (``everything``), or
    those matching ``query`` and those named in ``ids`` (found by meaning or by some words)."""

    query: ParsedQuery | None = None
    ids: frozenset[int] = field(default_factory=frozenset)
    everything: bool = False


class Backend:
    """A search engine. ``filters`` are ``search.filters.Filters``; every method sees published
    resources only; scores are higher for better matches."""

    vendor = ""

    def ranked(self, query: ParsedQuery, filters, limit: int) -> tuple[list[tuple[int, float]], int]:
        """The ``limit`` best (id, score) matching ``query`` and ``filters``, and how many match."""
        raise NotImplementedError

    def among(self, query: ParsedQuery | None, ids, filters=None) -> set[int]:
        """Which of a few ``ids`` match ``query`` (any text when None) and ``filters``."""
        raise NotImplementedError

    def count(self, match: Match, filters) -> int:
        raise NotImplementedError

    def ordered(self, match: Match, filters, sort: str, limit: int, offset: int) -> list[int]:
        """Ids of a page of ``match`` narrowed by ``filters`` in ``sort`` order (newest, oldest, title)."""
        raise NotImplementedError

    def facets(self, match: Match, filters) -> tuple[list, list[tuple[str, str, int]]]:
        """The facet counts of ``match`` (each facet under every filter but its own) and every
        country the filtered results cover as (code, name, count), most first."""
        raise NotImplementedError

    def start_facets(self, match: Match, filters) -> None:
        """Told that ``facets(match, filters)`` will be asked: an engine that can count while
        the page's hits are read begins now (only the embedded engine does)."""

    def overview(self) -> dict | None:
        """Counts over every published resource for the home page, when the engine has them
        cheaply: ``total``, and ``topic``, ``topic_path``, ``region``, ``country`` as value → count."""
        return None

    def snippets(self, query: ParsedQuery, titles: dict[int, str]) -> dict[int, Snippet]:
        """For each resource of a page of hits (``titles``: id → title): its title with the
        matches marked, and the best place the query matches — a page of one of its files if
        any, else its record's own text. Resources with no marked title or text are left out."""
        ids = list(titles)
        result = dict(self.record_snippets(query, titles))
        pages: dict[int, PassageMatch] = {}
        for match in self.passages(query, ids, limit=50 * max(1, len(ids))):
            if match.page is not None and match.resource_id not in pages and MARK_START in match.text:
                pages[match.resource_id] = match
        for rid, match in pages.items():
            title = result[rid].title if rid in result else ""
            result[rid] = Snippet(title, match.text, match.page, match.attachment_id)
        return result

    def record_snippets(self, query: ParsedQuery, titles: dict[int, str]) -> dict[int, Snippet]:
        """Marked titles and record text (title, teaser, summary, description) of these resources."""
        raise NotImplementedError

    def passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 200) -> list[PassageMatch]:
        """Passages of these resources matching the query, best first (at most ``limit``)."""
        raise NotImplementedError

    def best_passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 1000) -> list[tuple[int, float]]:
        """(resource id, score of its best passage), best first, for the resources among
        ``resource_ids`` with a passage matching the whole query by itself (its words together on
        one page or in the record's own text, not scattered over a long document)."""
        best: dict[int, float] = {}
        for match in self.passages(query, resource_ids, limit):
            best.setdefault(match.resource_id, match.score)
        return list(best.items())

    def rebuild(self) -> None:
        """Rebuild engine structures from the SearchDocument table."""

    @contextmanager
    def rewriting(self) -> Iterator[None]:
        """Around a rewrite of the whole ``SearchDocument`` and ``SearchChunk`` tables (inside
        its transaction): an engine that follows them row by row may stop, and rebuild once at
        the end."""
        yield
        self.rebuild()

    def integrity_problems(self) -> list[str]:
        return []
