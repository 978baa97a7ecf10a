"""The one search entry point. Pages, API, CLI and feeds all call ``search()``."""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field, replace

from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from lantern.catalog.models import Resource
from lantern.lib import query as query_syntax
from lantern.lib.query import ParsedQuery, Term
from lantern.lib.sql import placeholders, table
from lantern.lib.text import truncate_words
from lantern.search import engine, semantic, spelling, thesaurus
from lantern.search import facets as facet_counts
from lantern.search import filters as search_filters
from lantern.search.backends import get_backend
from lantern.search.backends.base import MARK_END, MARK_START
from lantern.search.filters import Filters
from lantern.search.models import SearchChunk

log = logging.getLogger(__name__)

SORTS = ("relevance", "newest", "oldest", "title")
RELAXED_WARNING = "No resource has every word you searched for; these have some of them."
MAX_PER_PAGE = 100
SNIPPET_FALLBACK_CHARS = 250


@dataclass(frozen=True)
class Options:
    """How a query is understood and ranked. The defaults were chosen with bench/relevance.py."""

    lexical: bool = True
    semantic: bool = True  # also needs LANTERN_SEARCH_SEMANTIC
    thesaurus: bool = True
    typos: bool = True
    lexical_weight: float = 1.0
    semantic_weight: float = 0.5
    passage_weight: float = 0.5  # the best single passage matching every word: a third fused list
    passage_candidates: int = 100  # best lexical matches whose passages are looked at
    common_share: float = 0.5  # in a long query, a word in this share of documents is not widened
    common_min_words: int = 3  # what a long query is
    rrf_k: int = 60
    semantic_min: float = 0.20  # cosine below which a passage is not a match on its own
    semantic_pool: int = 30  # nearest resources considered
    lexical_pool: int = 200  # best lexical matches fused (more pages fall back to lexical order)
    relax_pool: int = 30  # when no resource has every word: the best ones having some
    coverage_pool: int = 100  # ...chosen among this many by how many of the words they have
    superseded_factor: float = 0.6  # superseded editions sink unless the query names a year


DEFAULT = Options()


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
    suggestion: str = ""  # "did you mean": the query with its unknown words corrected
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


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Function words of English, French and Spanish (question words included): never required in a
# text match while the query has other words. Words of meaning in this field ("against",
# "contra", "not") are not among them.
_STOPWORDS = """a an and are as at be been being by can could did do does doing for from had has have
    he her his how i if in into is it its me my of on or our she should so than that the their them
    then there these they this those to us was we were what when where which who whom why will with
    would you your
    à au aux ce ces cette comment d de des du elle elles en est et il ils la le les leur leurs l
    ou où par pour quel quelle quels quelles qui que quoi sa se ses son sont sur un une y dans
    al como cómo cuál cuáles cuándo cuántos cuántas dónde del e el ella ellos en es esta este estos
    hay la las lo los o para por qué que quién se son su sus un una uno unos unas y"""
STOPWORDS = frozenset(_STOPWORDS.split())


@dataclass
class QueryPlan:
    parsed: ParsedQuery  # as typed
    lexical: ParsedQuery  # corrected and expanded: what the engines match
    semantic_text: str  # what the embedding model reads
    suggestion: str  # corrected query text, or "" when nothing was corrected
    names_year: bool


def plan(parsed: ParsedQuery, options: Options = DEFAULT) -> QueryPlan:
    """Understand the query: correct unknown words from the index vocabulary, expand with the thesaurus."""
    corrected = parsed
    replacements: dict[str, str] = {}
    spelling.new_query()
    if options.typos and not spelling.foreign(parsed.raw):
        protected = thesaurus.words() if options.thesaurus else frozenset()
        must = []
        for group in parsed.must:
            new_group = []
            for term in group:
                fix = None if term.phrase else spelling.correct(term.text, protected)
                if fix:
                    replacements[term.text] = fix
                new_group.append(Term(fix, False) if fix else term)
            must.append(new_group)
        corrected = replace(parsed, must=must)
    expanded = thesaurus.expand(corrected, _common_in(corrected, options)) if options.thesaurus else corrected
    if options.typos:
        expanded = _with_accent_variants(expanded)
    expanded = _without_stopwords(expanded)
    text = query_syntax.strip_field_words(parsed.raw)
    suggestion = ""
    if replacements:
        text = " ".join(replacements.get(word, word) for word in text.split())
        suggestion = text
    return QueryPlan(parsed, expanded, text, suggestion, bool(YEAR.search(parsed.raw)))


def _with_accent_variants(query: ParsedQuery) -> ParsedQuery:
    """Each unknown word OR-ed with the hub's own spelling of it with other accents."""
    must = []
    for group in query.must:
        extra = [
            Term(variant) for t in group if not t.phrase and (variant := spelling.accent_variant(t.text)) is not None
        ]
        must.append([*group, *extra] if extra else group)
    return replace(query, must=must)


def _common_in(query: ParsedQuery, options: Options):
    """In a query of several words: the words too common to widen with synonyms or translations.

    Each equivalent is another way for a document to meet a required word: in a long query
    the widened words of a weak document can all be met that way, and it then outranks the
    documents having the words typed. A word most documents have needs no widening to be found.
    """
    meaningful = [g for g in query.must if not _is_stopword(g)]
    if not options.common_share or len(meaningful) < options.common_min_words:
        return None
    return lambda word: spelling.share(word) >= options.common_share


def _is_stopword(group: list[Term]) -> bool:
    return len(group) == 1 and not group[0].phrase and group[0].text.lower() in STOPWORDS


def _without_stopwords(query: ParsedQuery) -> ParsedQuery:
    """The query without its lone function words ("how", "de", "les"), unless nothing else is left.

    A word every text has says nothing of what is wanted, and requiring it keeps out every
    document in another language ("trabajo forzoso en las cadenas" never matched an English text
    for want of "en" and "las"). Words inside phrases and thesaurus phrases stay.
    """
    kept = [g for g in query.must if not _is_stopword(g)]
    if not kept or len(kept) == len(query.must):
        return query
    return replace(query, must=kept)


def _by_coverage(
    ranked: list[tuple[int, float]], query: ParsedQuery, narrow, options: Options
) -> list[tuple[int, float]]:
    """The best of a ranking by any of the words, reordered by how many of the words each has.

    Without every word, a resource having three of four beats one having a single word many
    times or in its title (which a sum of per-word scores can prefer). ``narrow(query, ids)`` is
    the engine's: which of ``ids`` match ``query``; it runs once per word over a bounded head.
    """
    head = ranked[: options.coverage_pool]
    groups = [g for g in query.must if not _is_stopword(g)]
    if not options.coverage_pool or len(groups) < 2 or len(head) < 2:
        return ranked
    ids = [rid for rid, _ in head]
    matched = dict.fromkeys(ids, 0)
    for group in groups:
        for rid in narrow(ParsedQuery(must=[group]), ids):
            matched[rid] += 1
    order = {rid: i for i, rid in enumerate(ids)}
    return sorted(head, key=lambda r: (-matched[r[0]], order[r[0]])) + ranked[len(head) :]


def _relaxed(query: ParsedQuery) -> ParsedQuery | None:
    """Any of the query's meaningful words (for when no resource has all of them).

    Numbers stay required: "hotline 2001" never falls back to any hotline.
    """
    numbers = [g for g in query.must if any(any(c.isdigit() for c in t.text) for t in g)]
    terms = [t for g in query.must if g not in numbers for t in g if t.phrase or t.text.lower() not in STOPWORDS]
    if len(query.must) < 2 or not terms:
        return None
    return ParsedQuery(raw=query.raw, must=[terms, *numbers], exclude=list(query.exclude))


def search(
    query: str | None = "",
    filters: Filters | dict | None = None,
    sort: str | None = None,
    page: int | str | None = 1,
    per_page: int | None = None,
    with_facets: bool = True,
) -> SearchResults:
    """Search published resources.

    ``query`` is the search box text (words, "phrases", -exclusions, OR, field:value);
    ``filters`` a ``Filters`` or a mapping of URL parameters; ``sort`` one of ``SORTS``
    (default: relevance with text, newest without); ``page`` is clamped into range.
    Never raises on user input: problems come back in ``warnings``.
    """
    return run(DEFAULT, query, filters, sort, page, per_page, with_facets)


def warm_up() -> None:
    """Load what the first search of a process would otherwise wait for: the embedding model
    (1–3 s), the language identifier, the engine's searchers and the typo vocabulary.

    ``lantern serve`` calls it in the background as it starts, so the first visitor after a
    restart does not pay for it. Failures are logged, never raised (the site serves anyway).
    """
    text = "how to identify victims of forced labour"
    try:
        if semantic.enabled():
            semantic.query_vector(text)
        spelling.foreign(text)
        search(text, with_facets=False)
    except Exception:  # noqa: BLE001 - a warm-up must never stop the server
        log.warning("Search warm-up failed", exc_info=True)


def run(
    options: Options,
    query: str | None = "",
    filters: Filters | dict | None = None,
    sort: str | None = None,
    page: int | str | None = 1,
    per_page: int | None = None,
    with_facets: bool = True,
) -> SearchResults:
    """``search()`` with explicit ranking options (the relevance benchmark compares them)."""
    from django.conf import settings

    parsed = query_syntax.parse(query)
    if isinstance(filters, Filters):
        active = filters
        for name, value in parsed.fields:
            active.add(name, value)
    else:
        active = search_filters.from_request(filters or {}, parsed.fields)
    warnings = list(active.warnings)
    if sort not in SORTS:
        if sort:
            warnings.append(f"Unknown sort “{sort}”; sorted by the default instead.")
        sort = "relevance" if parsed.must else "newest"
    if sort == "relevance" and not parsed.must:
        sort = "newest"
    per_page = _clamp_int(per_page, settings.LANTERN_SEARCH_PAGE_SIZE, 1, MAX_PER_PAGE)

    query_plan = plan(parsed, options) if parsed.must else QueryPlan(parsed, parsed, "", "", False)
    if engine.enabled():
        return _run_engine(options, query_plan, active, warnings, sort, page, per_page, with_facets)

    backend = get_backend()
    published = Resource.objects.published()
    lexical_query = query_plan.lexical
    text_match = Q()
    lexical_q = Q(pk__in=[])
    if parsed.has_text and (options.lexical or not parsed.must):
        sql, params = backend.match_sql(lexical_query)
        lexical_q = Q(id__in=RawSQL(sql, params))
    semantic_hits = _semantic_candidates(query_plan, options, _sql_narrow(backend)) if parsed.must else {}
    relaxed_ids: list[int] = []
    relaxed_ranked: list[tuple[int, float]] = []
    relaxed_limit = max(options.lexical_pool, options.relax_pool)
    if parsed.must and options.lexical and not active.apply(published.filter(lexical_q)).exists():
        relaxed = _relaxed(lexical_query)
        if relaxed is not None:
            relaxed_ranked = _lexical_ranking(active.apply(published), relaxed, backend, relaxed_limit)
            relaxed_ranked = _by_coverage(relaxed_ranked, lexical_query, _sql_narrow(backend), options)
            lexical_query = relaxed
            relaxed_ids = [rid for rid, _ in relaxed_ranked[: options.relax_pool]]
            if relaxed_ids:
                warnings.append(RELAXED_WARNING)
    if parsed.has_text:
        text_match = lexical_q | Q(id__in=list(semantic_hits)) | Q(id__in=relaxed_ids)
    matched = published.filter(text_match)
    queryset = active.apply(matched)

    total = queryset.count()
    pages = max(1, math.ceil(total / per_page))
    page_number = _clamp_int(page, 1, 1, pages)
    offset = (page_number - 1) * per_page

    if sort == "relevance":
        pool = max(options.lexical_pool, offset + per_page)
        # The relaxed ranking already holds every match, or as many as this page needs.
        if relaxed_ids and (len(relaxed_ranked) < relaxed_limit or relaxed_limit >= pool):
            lexical_ranked = relaxed_ranked
        elif options.lexical or relaxed_ids:
            lexical_ranked = _lexical_ranking(active.apply(published), lexical_query, backend, pool)
            if relaxed_ids:
                lexical_ranked = _by_coverage(lexical_ranked, query_plan.lexical, _sql_narrow(backend), options)
        else:
            lexical_ranked = []
        allowed = set(queryset.filter(id__in=list(semantic_hits)).values_list("id", flat=True))
        semantic_ranked = [(rid, s) for rid, (s, _) in semantic_hits.items() if rid in allowed]
        passage_ranked = _passage_ranking(
            lexical_ranked, semantic_ranked, bool(relaxed_ids), query_plan, options, backend
        )
        ranked = _fuse(lexical_ranked, semantic_ranked, query_plan, options, passage_ranked)
        page_rows = _rows_by_rank(ranked, offset, per_page)
    else:
        ordered = _order(queryset, sort)
        page_rows = list(ordered.for_listing().select_related("series")[offset : offset + per_page])
    lexical_ids = {rid for rid, _ in lexical_ranked} if sort == "relevance" else None
    hits = _hits(page_rows, lexical_query, semantic_hits, backend, lexical_ids)

    return SearchResults(
        query=parsed,
        filters=active,
        sort=sort,
        page=page_number,
        per_page=per_page,
        total=total,
        hits=hits,
        facets=facet_counts.compute(matched, active) if with_facets else [],
        warnings=warnings,
        suggestion=query_plan.suggestion,
    )


def _run_engine(options, query_plan, active, warnings, sort, page, per_page, with_facets) -> SearchResults:
    """``run()`` on the embedded engine: matching, filters, counts, ranking and facets in tantivy;
    the database only loads the page's records."""
    searchers = engine.Searchers.open()
    compiler = searchers.compiler
    parsed = query_plan.parsed
    lexical_query = query_plan.lexical
    filters = list(engine.filter_queries(compiler, active).values())
    use_lexical = parsed.has_text and (options.lexical or not parsed.must)
    lexical = strict = compiler.text(lexical_query) if use_lexical else None

    def narrow(query: ParsedQuery, ids) -> set[int]:
        return searchers.among(compiler.text(query), ids)

    semantic_hits = _semantic_candidates(query_plan, options, narrow) if parsed.must else {}
    # The expensive engine calls are the ones over the whole text match (phrases of thesaurus
    # alternatives in four fields): ranking and counting happen in one of them, the rest works
    # on a few dozen ids.
    requested = _clamp_int(page, 1, 1, 10_000)
    pool = max(options.lexical_pool, requested * per_page) if sort == "relevance" else 1
    lexical_ranked: list[tuple[int, float]] = []
    strict_count = 0
    if parsed.must and options.lexical:
        lexical_ranked, strict_count = searchers.ranked_count(engine.require(lexical, *filters), pool)
    relaxed_ids: list[int] = []
    if parsed.must and options.lexical and not strict_count:
        relaxed = _relaxed(lexical_query)
        if relaxed is not None:
            lexical_query = relaxed
            lexical = compiler.text(relaxed)
            lexical_ranked = searchers.ranked(engine.require(lexical, *filters), max(pool, options.relax_pool))
            lexical_ranked = _by_coverage(lexical_ranked, query_plan.lexical, narrow, options)
            relaxed_ids = [rid for rid, _ in lexical_ranked[: options.relax_pool]]
            if relaxed_ids:
                warnings.append(RELAXED_WARNING)
    allowed = set(semantic_hits)
    if filters and semantic_hits:
        allowed = searchers.among(engine.require(tantivy_all(), *filters), semantic_hits)
    if parsed.has_text:
        alternatives = [strict] if strict is not None else []
        if semantic_hits or relaxed_ids:
            alternatives.append(compiler.ids([*semantic_hits, *relaxed_ids]))
        text_match = engine.any_of(alternatives) if alternatives else tantivy_empty()
    else:
        text_match = tantivy_all()
    if parsed.must and options.lexical:  # the strict matches, plus the others not among them
        extra = allowed | set(relaxed_ids)
        total = strict_count + len(extra - (searchers.among(strict, extra) if strict_count else set()))
    else:
        total = searchers.count(engine.require(text_match, *filters))
    pages = max(1, math.ceil(total / per_page))
    page_number = _clamp_int(page, 1, 1, pages)
    offset = (page_number - 1) * per_page

    lexical_ids = None
    backend = engine.TantivyBackend(searchers)
    if sort == "relevance":
        if not options.lexical and not relaxed_ids:
            lexical_ranked = []
        semantic_ranked = [(rid, s) for rid, (s, _) in semantic_hits.items() if rid in allowed]
        passage_ranked = _passage_ranking(
            lexical_ranked, semantic_ranked, bool(relaxed_ids), query_plan, options, backend
        )
        ranked = _fuse(lexical_ranked, semantic_ranked, query_plan, options, passage_ranked)
        page_rows = _rows_by_rank(ranked, offset, per_page)
        lexical_ids = {rid for rid, _ in lexical_ranked}
    else:
        ids = searchers.ordered(engine.require(text_match, *filters), sort, per_page, offset)
        page_rows = _rows_by_rank([(rid, 0.0) for rid in ids], 0, per_page)
    hits = _hits(page_rows, lexical_query, semantic_hits, backend, lexical_ids)
    results = SearchResults(
        query=parsed,
        filters=active,
        sort=sort,
        page=page_number,
        per_page=per_page,
        total=total,
        hits=hits,
        warnings=warnings,
        suggestion=query_plan.suggestion,
    )
    if with_facets:
        results.facets, results.country_counts = facet_counts.compute_engine(searchers, text_match, active)
    return results


def tantivy_all():
    return engine.tantivy.Query.all_query()


def tantivy_empty():
    return engine.tantivy.Query.empty_query()


def _rows_by_rank(ranked: list[tuple[int, float]], offset: int, per_page: int) -> list[Resource]:
    page_ids = [rid for rid, _ in ranked[offset : offset + per_page]]
    scores = dict(ranked)
    # By primary key, then the status checked here: with the status in SQL, SQLite would read
    # every published row through the status index to find twenty (38 ms at 100,000).
    by_id = Resource.objects.for_listing().select_related("series").order_by().in_bulk(page_ids)
    page_rows = [by_id[rid] for rid in page_ids if rid in by_id and by_id[rid].is_published]
    for resource in page_rows:
        resource.score = scores[resource.id]
    return page_rows


def _sql_narrow(backend):
    def narrow(query: ParsedQuery, ids) -> set[int]:
        sql, params = backend.match_sql(query)
        return set(
            Resource.objects.filter(id__in=list(ids)).filter(id__in=RawSQL(sql, params)).values_list("id", flat=True)
        )

    return narrow


def _semantic_candidates(query_plan: QueryPlan, options: Options, narrow) -> dict[int, tuple[float, int]]:
    """Resources near the query in meaning: id → (cosine, best passage id), best first.

    Skipped for exact phrases; a number in the query must appear in the resource (2001 is not 2000);
    exclusions apply. ``narrow(query, ids)`` is the engine's: which of ``ids`` match ``query``.
    """
    parsed = query_plan.parsed
    if not (options.semantic and semantic.enabled()) or any(t.phrase for t in parsed.terms()):
        return {}
    found = semantic.search(query_plan.semantic_text, limit=options.semantic_pool)
    hits = {rid: (score, chunk) for rid, score, chunk in found if score >= options.semantic_min}
    numbers = [t for t in parsed.terms() if any(c.isdigit() for c in t.text)]
    if hits and numbers:
        keep = narrow(ParsedQuery(must=[[t] for t in numbers]), list(hits))
        hits = {rid: v for rid, v in hits.items() if rid in keep}
    if hits and parsed.exclude:
        drop = narrow(ParsedQuery(must=[list(parsed.exclude)]), list(hits))
        hits = {rid: v for rid, v in hits.items() if rid not in drop}
    return hits


def _lexical_ranking(queryset, query: ParsedQuery, backend, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (id, score) by the engine's rank among ``queryset`` (the filters, not
    the text match: the engine query is run once, materialised, then filtered)."""
    from django.db import connection

    if not query.must:
        return []
    rank_sql, rank_params = backend.rank_sql(query)
    scope_sql, scope_params = queryset.order_by().values("id").query.sql_with_params()
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
        return [(rid, float(score or 0.0)) for rid, score in cursor.fetchall()]


def _passage_ranking(lexical_ranked, semantic_ranked, relaxed: bool, query_plan: QueryPlan, options: Options, backend):
    """The candidates ranked by their best passage matching every word of the query by itself.

    A resource whose words are together on one page (or in its own record) is a better answer
    than one that has them scattered over three hundred pages. Only the best lexical matches and
    the semantic ones are looked at; nothing when the query has one word (no proximity to see)
    or when no resource has every word."""
    query = query_plan.lexical
    if not (options.lexical and options.passage_weight) or relaxed or len(query.must) < 2:
        return []
    ids = [rid for rid, _ in lexical_ranked[: options.passage_candidates]]
    ids += sorted({rid for rid, _ in semantic_ranked} - set(ids))
    if not ids:
        return []
    return backend.best_passages(query, ids)


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _fuse(
    lexical: list[tuple[int, float]],
    semantic_ranked: list[tuple[int, float]],
    query_plan: QueryPlan,
    options: Options,
    passage_ranked: list[tuple[int, float]] = (),
) -> list[tuple[int, float]]:
    """Reciprocal rank fusion, then the field's rules: exact title first, superseded editions lower."""
    fused: dict[int, float] = {}
    for ranking, weight in (
        (lexical, options.lexical_weight),
        (semantic_ranked, options.semantic_weight),
        (passage_ranked, options.passage_weight),
    ):
        for rank, (rid, _) in enumerate(ranking):
            fused[rid] = fused.get(rid, 0.0) + weight / (options.rrf_k + rank + 1)
    if not fused:
        return []
    wanted = _normal(query_plan.semantic_text or query_plan.parsed.raw)
    rows = _fusion_rows(list(fused))
    for rid, title, superseded_by, date, latest in rows:
        if wanted and _normal(title) == wanted:
            fused[rid] += 1.0
        older = bool(date and latest and str(date) < str(latest))  # ISO dates (SQLite gives MAX() as text)
        if (superseded_by or older) and not query_plan.names_year:
            fused[rid] *= options.superseded_factor
    return sorted(fused.items(), key=lambda item: (-item[1], item[0]))


def _fusion_rows(ids: list[int]) -> list[tuple]:
    """(id, title, superseded_by_id, date, latest date of its series) for each of ``ids``, in
    plain SQL (as ORM queries, 2 ms of a search): the rows, then the series' latest dates, only
    for the series among them (a correlated subquery per row made SQLite scan the table for each
    row without a series: 5 s at 100,000)."""
    from django.db import connection

    resources = table(Resource)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, title, superseded_by_id, published_date, series_id FROM {resources}"  # noqa: S608 - the model's table, values bound
            f" WHERE id IN ({placeholders(len(ids))})",
            ids,
        )
        rows = cursor.fetchall()
        series = sorted({row[4] for row in rows if row[4] is not None})
        latest = {}
        if series:
            cursor.execute(
                # The status inside MAX(), so that only the series index can serve the WHERE clause.
                f"SELECT series_id, MAX(CASE WHEN status = %s THEN published_date END) FROM {resources}"  # noqa: S608 - the model's table, values bound
                f" WHERE series_id IN ({placeholders(len(series))}) GROUP BY series_id",
                [Resource.Status.PUBLISHED, *series],
            )
            latest = dict(cursor.fetchall())
    return [(rid, title, superseded, date, latest.get(series_id)) for rid, title, superseded, date, series_id in rows]


def _hits(page_rows, query: ParsedQuery, semantic_hits, backend, lexical_ids) -> list[Hit]:
    ids = [r.id for r in page_rows]
    snippets = backend.snippets(query, {r.id: r.title for r in page_rows}) if query.must else {}
    best_pages = {}
    for match in backend.passages(query, ids, limit=50 * max(1, len(ids))) if query.must else []:
        if match.page is not None and match.resource_id not in best_pages and MARK_START in match.text:
            best_pages[match.resource_id] = match
    meaning = {rid: chunk for rid, (_, chunk) in semantic_hits.items() if rid in ids}
    chunks = SearchChunk.to_quote(meaning.values()) if meaning else {}
    hits = []
    for resource in page_rows:
        snippet = snippets.get(resource.id)
        title = marks_to_html(snippet.title) if snippet and snippet.title else escape(resource.title)
        page = attachment = None
        by_words = lexical_ids is None or resource.id in lexical_ids or resource.id in snippets
        if match := best_pages.get(resource.id):
            text, page, attachment = marks_to_html(match.text), match.page, match.attachment_id
        elif snippet and snippet.text:
            text = marks_to_html(snippet.text)
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


def _order(queryset, sort: str):
    if sort == "oldest":
        return queryset.order_by(F("published_date").asc(nulls_last=True), "title", "id")
    if sort == "title":
        return queryset.order_by("title", "id")
    return queryset.order_by(F("published_date").desc(nulls_last=True), "title", "id")
