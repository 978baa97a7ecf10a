"""The one search entry point. Pages, API, CLI and feeds all call ``search()``.

A search is planned once (``understanding.plan``: typos, equivalents, the text for meaning),
its candidates are found and fused (``ranking``), and everything else — filters, counts,
orders, facets, quotes — is asked of one engine (``backends.get_backend()``: tantivy, SQLite
FTS5 or PostgreSQL full text, all behind ``backends.base.Backend``). Callers read only
``SearchResults``.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from lantern.catalog.models import Resource
from lantern.lib import query as query_syntax
from lantern.lib.query import ParsedQuery
from lantern.lib.text import truncate_words
from lantern.search import facets as facet_counts
from lantern.search import filters as search_filters
from lantern.search import ranking, semantic, spelling
from lantern.search.backends import get_backend
from lantern.search.backends.base import MARK_END, MARK_START, Match
from lantern.search.filters import Filters
from lantern.search.models import SearchChunk
from lantern.search.ranking import RELAXED_WARNING
from lantern.search.understanding import DEFAULT, Options, QueryPlan, plan

log = logging.getLogger(__name__)

__all__ = ["DEFAULT", "RELAXED_WARNING", "SORTS", "Options", "SearchResults", "matches_in", "run", "search"]

SORTS = ("relevance", "newest", "oldest", "title")
MAX_PER_PAGE = 100
MAX_PAGE = 10_000
SNIPPET_FALLBACK_CHARS = 250


@dataclass
class Hit:
    resource: Resource
    score: float
    title_html: SafeString
    snippet_html: SafeString
    page: int | None = None  # page number of the snippet inside a file ("p. 14"), if any
    attachment_id: int | None = None  # the file that page belongs to
    matched_by: str = "words"  # "words", "meaning" (semantic only) or "both"


@dataclass
class DocumentMatch:
    """One place inside a document where the query matches (see ``matches_in``)."""

    page: int
    attachment_id: int | None
    snippet_html: SafeString


@dataclass
class SearchResults:
    query: ParsedQuery
    filters: Filters
    sort: str
    page: int
    per_page: int
    total: int
    hits: list[Hit]
    facets: list[facet_counts.Facet] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    suggestion: str = ""  # the query with its unknown words corrected, as searched ("" if none)
    country_counts: list[tuple[str, str, int]] | None = None  # every covered country (the map)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def start_index(self) -> int:
        return 0 if not self.total else (self.page - 1) * self.per_page + 1

    @property
    def end_index(self) -> int:
        return min(self.total, self.page * self.per_page)


def marks_to_html(text: str) -> SafeString:
    """Escape engine output, then turn its highlight markers into <mark> elements."""
    html = escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    if html.count("<mark>") != html.count("</mark>"):
        html = html.replace("<mark>", "").replace("</mark>", "")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own tags added


def _clamp_int(value, default: int, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))


def search(
    query: str | None = "",
    filters: Filters | dict | None = None,
    sort: str | None = None,
    page: int | str | None = 1,
    per_page: int | None = None,
    with_facets: bool = True,
    as_typed: bool = False,
) -> SearchResults:
    """Search published resources.

    ``query`` is the search box text (words, "phrases", -exclusions, OR, field:value);
    ``filters`` a ``Filters`` or a mapping of URL parameters; ``sort`` one of ``SORTS``
    (default: relevance with text, newest without); ``page`` is clamped into range;
    ``as_typed`` searches the words without correcting typos (the results' ``suggestion``
    says what a correction changed, so a visitor can ask for their own words instead).
    Never raises on user input: problems come back in ``warnings``.
    """
    return run(DEFAULT, query, filters, sort, page, per_page, with_facets, as_typed)


def warm_up() -> None:
    """Load what the first search of a process would otherwise wait for: the embedding model,
    the language identifier, the engine's searchers and the typo vocabulary.

    ``lantern serve`` calls it in the background as it starts, so the first visitor after a
    restart does not pay for it. Failures are logged, never raised (the site serves anyway).
    """
    text = "how to identify victims of forced labour"
    try:
        if semantic.enabled():
            semantic.query_vector(text)
        spelling.language_of(text)
        spelling.is_word("labour")  # the languages' word lists
        search(text, with_facets=False)
    except Exception:  # noqa: BLE001 - a warm-up must never stop the server
        log.warning("Search warm-up failed", exc_info=True)


def overview() -> dict | None:
    """Counts over every published resource for the home page, when the engine has them cheaply
    (see ``Backend.overview``); None means the caller counts in the database."""
    return get_backend().overview()


def vocabulary_labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Names of topics, countries and languages by slug or code (cached per process)."""
    return facet_counts.vocabulary_labels()


def run(
    options: Options,
    query: str | None = "",
    filters: Filters | dict | None = None,
    sort: str | None = None,
    page: int | str | None = 1,
    per_page: int | None = None,
    with_facets: bool = True,
    as_typed: bool = False,
) -> SearchResults:
    """``search()`` with explicit ranking options (the relevance benchmark compares them)."""
    from django.conf import settings

    parsed = query_syntax.parse(query)
    active = _filters(parsed, filters)
    warnings = list(active.warnings)
    sort = _sort(sort, parsed, warnings)
    per_page = _clamp_int(per_page, settings.LANTERN_SEARCH_PAGE_SIZE, 1, MAX_PER_PAGE)
    query_plan = plan(parsed, options, as_typed) if parsed.must else QueryPlan(parsed, parsed, "", "", False)

    backend = get_backend()
    requested = _clamp_int(page, 1, 1, MAX_PAGE)
    pool = max(options.lexical_pool, requested * per_page) if sort == "relevance" else 1
    found = ranking.candidates(backend, query_plan, active, options, pool) if parsed.must else None
    if found is not None and found.relaxed_ids:
        warnings.append(gettext(RELAXED_WARNING))
    match = _match(query_plan, options, found)
    if with_facets:
        backend.start_facets(match, active)
    total = _total(backend, query_plan, options, found, match, active)
    page_number = _clamp_int(page, 1, 1, max(1, math.ceil(total / per_page)))
    offset = (page_number - 1) * per_page

    lexical_ids = None
    if sort == "relevance":
        lexical_ranked = found.lexical if options.lexical or found.relaxed_ids else []
        page_rows = _rows_by_rank(_fused(backend, found, query_plan, options, lexical_ranked), offset, per_page)
        lexical_ids = {rid for rid, _ in lexical_ranked}
    else:
        ids = backend.ordered(match, active, sort, per_page, offset)
        page_rows = _rows_by_rank([(rid, 0.0) for rid in ids], 0, per_page)
    semantic_hits = found.semantic if found is not None else {}
    results = SearchResults(
        query=parsed,
        filters=active,
        sort=sort,
        page=page_number,
        per_page=per_page,
        total=total,
        hits=_hits(page_rows, found.query if found else parsed, semantic_hits, backend, lexical_ids),
        warnings=warnings,
        suggestion=query_plan.suggestion,
    )
    if with_facets:
        results.facets, results.country_counts = backend.facets(match, active)
    return results


def _sort(sort: str | None, parsed: ParsedQuery, warnings: list[str]) -> str:
    """The sort asked for if known; else relevance for a text query, newest for browsing."""
    if sort not in SORTS:
        if sort:
            warnings.append(gettext("Unknown sort “%(sort)s”; sorted by the default instead.") % {"sort": sort})
        sort = "relevance" if parsed.must else "newest"
    if sort == "relevance" and not parsed.must:
        sort = "newest"
    return sort


def _total(backend, query_plan: QueryPlan, options: Options, found, match, active: Filters) -> int:
    """How many records the query finds: the strict matches plus the others ranked among them."""
    if found is not None and options.lexical:
        extra = found.extra
        strict = backend.among(query_plan.lexical, extra) if found.strict_count else set()
        return found.strict_count + len(extra - strict)
    return backend.count(match, active)


def _fused(backend, found, query_plan: QueryPlan, options: Options, lexical_ranked: list) -> list:
    """The lexical, semantic and passage rankings fused into one."""
    semantic_ranked = [(rid, score) for rid, (score, _) in found.semantic.items()]
    passages = ranking.passage_ranking(backend, found, query_plan, options)
    return ranking.fuse(lexical_ranked, semantic_ranked, query_plan, options, passages)


def _filters(parsed: ParsedQuery, filters: Filters | dict | None) -> Filters:
    """The filters of the URL (or given), with the query's ``field:value`` words added."""
    if isinstance(filters, Filters):
        for name, value in parsed.fields:
            filters.add(name, value)
        return filters
    return search_filters.from_request(filters or {}, parsed.fields)


def _match(query_plan: QueryPlan, options: Options, found) -> Match:
    """What the results are before filters: everything without text; else the strict match on
    every word (unless ranking by meaning only) and the other candidates."""
    parsed = query_plan.parsed
    if not parsed.has_text:
        return Match(everything=True)
    use_words = options.lexical or not parsed.must
    return Match(query_plan.lexical if use_words else None, frozenset(found.extra) if found else frozenset())


def _rows_by_rank(ranked: list[tuple[int, float]], offset: int, per_page: int) -> list[Resource]:
    page_ids = [rid for rid, _ in ranked[offset : offset + per_page]]
    scores = dict(ranked)
    # By primary key, then the status checked here: with the status in SQL, SQLite would read
    # every published row through the status index to find twenty.
    by_id = Resource.objects.for_listing().select_related("series").order_by().in_bulk(page_ids)
    page_rows = [by_id[rid] for rid in page_ids if rid in by_id and by_id[rid].is_published]
    for resource in page_rows:
        resource.score = scores[resource.id]
    return page_rows


def _hits(page_rows, query: ParsedQuery, semantic_hits, backend, lexical_ids) -> list[Hit]:
    """The page's hits with what each card quotes: the best matching page of a file, else the
    record's own text, else the passage nearest in meaning, else its teaser."""
    snippets = backend.snippets(query, {r.id: r.title for r in page_rows}) if query.must and page_rows else {}
    meaning = {rid: chunk for rid, (_, chunk) in semantic_hits.items() if rid in {r.id for r in page_rows}}
    chunks = SearchChunk.to_quote(meaning.values()) if meaning else {}
    hits = []
    for resource in page_rows:
        snippet = snippets.get(resource.id)
        title = marks_to_html(snippet.title) if snippet and snippet.title else escape(resource.title)
        page = attachment = None
        by_words = lexical_ids is None or resource.id in lexical_ids or resource.id in snippets
        if snippet and snippet.text:
            text, page, attachment = marks_to_html(snippet.text), snippet.page, snippet.attachment_id
        elif (chunk := chunks.get(meaning.get(resource.id))) and chunk.page is not None:
            text = escape(truncate_words(chunk.text, SNIPPET_FALLBACK_CHARS))
            page, attachment = chunk.page, chunk.attachment_id
        else:
            text = escape(truncate_words(resource.teaser or resource.summary, SNIPPET_FALLBACK_CHARS))
        matched_by = "words" if by_words else "meaning"
        if by_words and resource.id in semantic_hits:
            matched_by = "both"
        hits.append(
            Hit(
                resource=resource,
                score=float(getattr(resource, "score", 0.0) or 0.0),
                title_html=title,
                snippet_html=text,
                page=page,
                attachment_id=attachment,
                matched_by=matched_by,
            )
        )
    return hits


def matches_in(resource: Resource, query: str | None, limit: int = 20) -> list[DocumentMatch]:
    """The places inside one resource's files that match a search, in page order.

    For the detail page reached from a search: each match has its page number, the file it is
    in and a highlighted excerpt. The same query understanding as ``search()`` applies
    (thesaurus, typos); when no words match, the passages nearest in meaning are given.
    """
    parsed = query_syntax.parse(query)
    if not parsed.must or not resource.pk:
        return []
    query_plan = plan(parsed)
    limit = max(1, min(int(limit), MAX_PER_PAGE))
    found = [
        m for m in get_backend().passages(query_plan.lexical, [resource.pk], limit=limit * 3) if m.page is not None
    ]
    seen, result = set(), []
    for match in found:
        if (match.attachment_id, match.page) in seen:
            continue
        seen.add((match.attachment_id, match.page))
        result.append(DocumentMatch(match.page, match.attachment_id, marks_to_html(match.text)))
        if len(result) >= limit:
            break
    if not result and semantic.enabled():
        for chunk_id, score in semantic.nearest_passages(resource.pk, query_plan.semantic_text, limit):
            if score < DEFAULT.semantic_min:
                continue
            chunk = SearchChunk.objects.filter(id=chunk_id).exclude(page=None).first()
            if chunk and (chunk.attachment_id, chunk.page) not in seen:
                seen.add((chunk.attachment_id, chunk.page))
                text = escape(truncate_words(chunk.text, SNIPPET_FALLBACK_CHARS))
                result.append(DocumentMatch(chunk.page, chunk.attachment_id, text))
    return sorted(result, key=lambda m: (m.attachment_id or 0, m.page))
