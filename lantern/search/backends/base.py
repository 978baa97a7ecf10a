"""What a search engine must do for the entry point. The catalogue stays in the database."""

from __future__ import annotations

from dataclasses import dataclass

from lantern.lib.query import ParsedQuery

# Highlight markers inside engine output; private-use characters never appear in indexed text
# (lib.text.clean_text strips them), so escaping and marking cannot be confused.
MARK_START = "\ue000"
MARK_END = "\ue001"


@dataclass(frozen=True)
class Snippet:
    title: str  # the title with matches marked
    text: str  # the best passage with matches marked


@dataclass(frozen=True)
class PassageMatch:
    resource_id: int
    page: int | None  # None: the record's own text (title, teaser, summary, description)
    attachment_id: int | None
    text: str  # the passage excerpt with matches marked
    score: float  # higher is better


class Backend:
    vendor = ""

    def match_sql(self, query: ParsedQuery) -> tuple[str, list]:
        """SQL selecting the ``resource_id`` of every document matching the query's text."""
        raise NotImplementedError

    def score_sql(self, query: ParsedQuery) -> tuple[str, list]:
        """A scalar SQL expression scoring the row ``catalog_resource.id`` (higher is better)."""
        raise NotImplementedError

    def rank_sql(self, query: ParsedQuery) -> tuple[str, list]:
        """SQL selecting ``id, score`` (higher is better) of every matching document, in one
        engine query (not a correlated subquery per row, which is what made the tail slow)."""
        raise NotImplementedError

    def snippets(self, query: ParsedQuery, titles: dict[int, str]) -> dict[int, Snippet]:
        """Marked titles and record text of the page's resources (``titles``: id → title, as read)."""
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

    def integrity_problems(self) -> list[str]:
        return []
