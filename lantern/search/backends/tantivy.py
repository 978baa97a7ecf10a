"""The search interface on the embedded engine (tantivy): matching, filters, counts, ranking,
facets and quotes, all in the index; the database only loads the page's records.

The index itself (its schema, how it is written and kept in step) is ``search.engine``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import tantivy
from django.utils.text import slugify

from lantern.catalog.models import Resource
from lantern.lib.query import ParsedQuery, Term
from lantern.search import engine
from lantern.search import facets as facet_counts
from lantern.search.backends.base import MARK_END, MARK_START, Backend, Match, PassageMatch, Snippet

SNIPPET_CHARS = 190


class Compiler:
    """Turns a parsed query into tantivy queries. Every user word is analysed and used as a
    term; nothing the user types is ever parsed as tantivy syntax."""

    def __init__(self, current: engine.Handle) -> None:
        self.current = current
        self.schema = current.resources.schema
        self.passage_schema = current.passages.schema

    def _term(self, schema, field: str, term: Term, boost: float = 1.0) -> tantivy.Query | None:
        tokens = self.current.tokens(term.text)
        if not tokens:
            return None
        if len(tokens) == 1:
            query = tantivy.Query.term_query(schema, field, tokens[0])
        else:  # "anti-slavery", "forced labour": the words in this order
            query = tantivy.Query.phrase_query(schema, field, tokens)
        boost *= getattr(term, "weight", 1.0)  # a thesaurus equivalent ranks below the typed words
        return tantivy.Query.boost_query(query, boost) if boost != 1.0 else query

    def _any_field(self, term: Term) -> tantivy.Query | None:
        parts = [self._term(self.schema, name, term, weight) for name, weight in engine.WEIGHTS.items()]
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return tantivy.Query.boolean_query([(tantivy.Occur.Should, p) for p in parts])

    def _combine(self, query: ParsedQuery, one) -> tantivy.Query:
        clauses = []
        for group in query.must:
            alternatives = [q for q in (one(term) for term in group) if q is not None]
            if not alternatives:
                return tantivy.Query.empty_query()
            clauses.append((tantivy.Occur.Must, any_of(alternatives)))
        if not clauses:
            clauses.append((tantivy.Occur.Must, tantivy.Query.all_query()))
        for term in query.exclude:
            excluded = one(term)
            if excluded is not None:
                clauses.append((tantivy.Occur.MustNot, excluded))
        return tantivy.Query.boolean_query(clauses)

    def text(self, query: ParsedQuery) -> tantivy.Query:
        """Resources matching the text: every group (any of its terms, in any field), no exclusion."""
        return self._combine(query, self._any_field)

    def passage_text(self, query: ParsedQuery) -> tantivy.Query:
        return self._combine(query, lambda term: self._term(self.passage_schema, "text", term))

    def title(self, query: ParsedQuery) -> tantivy.Query:
        terms = [q for q in (self._term(self.schema, "title", t) for t in query.terms()) if q is not None]
        return any_of(terms) if terms else tantivy.Query.empty_query()

    def ids(self, ids: Iterable[int]) -> tantivy.Query:
        return tantivy.Query.term_set_query(self.schema, "id", sorted(set(ids)))

    def keyword(self, field: str, values: Iterable[str]) -> tantivy.Query:
        return tantivy.Query.term_set_query(self.schema, field, sorted({str(v) for v in values}))

    def years(self, low: int | None, high: int | None) -> tantivy.Query:
        return tantivy.Query.range_query(self.schema, "year", tantivy.FieldType.Integer, low, high)


def any_of(queries: list[tantivy.Query]) -> tantivy.Query:
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in queries])


# Filter (facet name), its attribute on ``Filters``, the keyword field it matches.
FILTER_FIELDS = (
    ("type", "types", "type"),
    ("topic", "topics", "topic_path"),
    ("country", "countries", "country"),
    ("region", "regions", "region_key"),
    ("publisher", "publishers", "publisher"),
    ("language", "languages", "language"),
    ("collection", "collections", "collection"),
)


def filter_queries(compiler: Compiler, filters) -> dict[str, tantivy.Query]:
    """One query per active filter, keyed by its facet name (so a facet can leave out its own)."""
    found = {
        facet: compiler.keyword(field, getattr(filters, attribute))
        for facet, attribute, field in FILTER_FIELDS
        if getattr(filters, attribute)
    }
    if filters.year_from or filters.year_to:
        found["year"] = compiler.years(filters.year_from, filters.year_to)
    return found


def require(base: tantivy.Query, *extra: tantivy.Query) -> tantivy.Query:
    """``base`` (scored) narrowed by filters that do not change its scores."""
    if not extra:
        return base
    clauses = [(tantivy.Occur.Must, base)]
    clauses += [(tantivy.Occur.Must, tantivy.Query.const_score_query(q, 0.0)) for q in extra]
    return tantivy.Query.boolean_query(clauses)


@functools.cache
def _facet_pool() -> ThreadPoolExecutor:
    """Threads that count facets while searches read their hits (they never wait on each other)."""
    return ThreadPoolExecutor(max_workers=4, thread_name_prefix="lantern-facets")


@dataclass
class Searchers:
    """One consistent view of the index for the whole of one search."""

    compiler: Compiler
    resources: tantivy.Searcher
    passages: tantivy.Searcher

    @classmethod
    def open(cls) -> Searchers:
        engine.catch_up()
        current = engine.handle()
        resources, passages = current.searchers()
        return cls(Compiler(current), resources, passages)

    def among(self, query: tantivy.Query, ids) -> set[int]:
        """Which of a few ``ids`` match ``query`` (cheap: the engine walks only those documents)."""
        ids = set(ids)
        if not ids:
            return set()
        return {rid for rid, _ in self.ranked(require(query, self.compiler.ids(ids)), len(ids))}

    def count(self, query: tantivy.Query) -> int:
        return self.resources.search(query, limit=1, count=True).count

    def ranked_count(self, query: tantivy.Query, limit: int) -> tuple[list[tuple[int, float]], int]:
        """The ``limit`` best (id, score) and how many match, in one pass."""
        found = self.resources.search(query, limit=max(1, limit), count=True)
        ids = self.resources.fast_field_values("id", [address for _, address in found.hits])
        return [(int(rid), float(score)) for (score, _), rid in zip(found.hits, ids, strict=True)], found.count

    def ranked(self, query: tantivy.Query, limit: int, offset: int = 0) -> list[tuple[int, float]]:
        if limit <= 0:
            return []
        found = self.resources.search(query, limit=limit, offset=offset, count=False)
        ids = self.resources.fast_field_values("id", [address for _, address in found.hits])
        return [(int(rid), float(score)) for (score, _), rid in zip(found.hits, ids, strict=True)]

    def ordered(self, query: tantivy.Query, sort: str, limit: int, offset: int) -> list[int]:
        field, order = {
            "newest": ("date_desc", tantivy.Order.Desc),
            "oldest": ("date_asc", tantivy.Order.Asc),
            "title": ("sort_title", tantivy.Order.Asc),
        }[sort]
        found = self.resources.search(query, limit=limit, offset=offset, count=False, order_by_field=field, order=order)
        return [int(r) for r in self.resources.fast_field_values("id", [address for _, address in found.hits])]

    def terms(self, query: tantivy.Query, fields: dict[str, int]) -> dict[str, list[tuple[str | int, int]]]:
        """Counts of the values of keyword (or year) fields among the documents matching ``query``."""
        spec = {name: {"terms": {"field": name, "size": size}} for name, size in fields.items()}
        result = self.resources.aggregate(query, spec)
        return {
            name: [(bucket["key"], int(bucket["doc_count"])) for bucket in result.get(name, {}).get("buckets", [])]
            for name in fields
        }

    def best_passages(self, query: ParsedQuery, resource_ids, limit: int) -> list[tuple[int, float]]:
        """(resource id, score of its best passage) for those of ``resource_ids`` having a passage
        that matches every group of ``query`` on its own, best first. Bounded by the ids (a few
        hundred lexical candidates) and by ``limit`` passages read."""
        ids = sorted(set(resource_ids))
        if not ids or not query.must:
            return []
        scope = tantivy.Query.term_set_query(self.compiler.passage_schema, "resource", ids)
        found = self.passages.search(require(self.compiler.passage_text(query), scope), limit=limit, count=False)
        owners = self.passages.fast_field_values("resource", [address for _, address in found.hits])
        best: dict[int, float] = {}
        for (score, _), owner in zip(found.hits, owners, strict=True):
            best.setdefault(int(owner), float(score))
        return list(best.items())

    # --- snippets and passages, for the page's hits -----------------------------------------

    def snippets(self, query: ParsedQuery, titles: dict[int, str]) -> dict[int, Snippet]:
        if not titles:
            return {}
        generator = tantivy.SnippetGenerator.create(
            self.resources, self.compiler.title(query), self.compiler.schema, "title"
        )
        generator.set_max_num_chars(1000)
        result = {}
        for rid, title in titles.items():
            marked = _marked(generator, "title", title)
            if MARK_START in marked:
                result[rid] = Snippet(title=marked, text="")
        return result

    def passages_of(
        self,
        query: ParsedQuery,
        resource_ids: list[int],
        limit: int,
        titles: dict[int, str] | None = None,
        best_only: bool = False,
    ) -> list[PassageMatch]:
        """Passages of these resources matching the query, best first. With ``titles``, a record's
        own passage is quoted without the title it starts with (the card shows the title). With
        ``best_only``, only the best two pages and own passages of each resource are quoted (a
        list of hits needs no more), so a long document's hundred matching pages cost nothing."""
        from lantern.search.models import SearchChunk

        if not resource_ids or not query.must:
            return []
        text_query = self.compiler.passage_text(query)
        scope = tantivy.Query.term_set_query(self.compiler.passage_schema, "resource", sorted(set(resource_ids)))
        found = self.passages.search(require(text_query, scope), limit=limit, count=False)
        addresses = [address for _, address in found.hits]
        chunk_ids = self.passages.fast_field_values("chunk", addresses)
        if best_only:
            owners = self.passages.fast_field_values("resource", addresses)
            pages = self.passages.fast_field_values("page", addresses)
            seen: dict[tuple[int, bool], int] = {}
            keep = []
            for chunk_id, owner, page in zip(chunk_ids, owners, pages, strict=True):
                key = (owner, page == 0)
                if seen.get(key, 0) < 2:
                    seen[key] = seen.get(key, 0) + 1
                    keep.append(chunk_id)
            chunk_ids_wanted = keep
        else:
            chunk_ids_wanted = chunk_ids
        rows = SearchChunk.to_quote(int(c) for c in chunk_ids_wanted)
        generator = tantivy.SnippetGenerator.create(self.passages, text_query, self.compiler.passage_schema, "text")
        generator.set_max_num_chars(SNIPPET_CHARS)
        matches = []
        quoted: set[tuple[int, bool]] = set()
        for (score, _), chunk_id in zip(found.hits, chunk_ids, strict=True):
            chunk = rows.get(int(chunk_id))
            if chunk is None:  # changed since the index was written; the queue will catch up
                continue
            key = (chunk.resource_id, chunk.page is None)
            if best_only and key in quoted:  # the second best is only a stand-in for the best
                continue
            text = chunk.text
            title = (titles or {}).get(chunk.resource_id)
            if chunk.page is None and title and text.startswith(title):
                text = text[len(title) :].lstrip()
            text = _marked(generator, "text", text)
            if MARK_START not in text:
                continue
            quoted.add(key)
            matches.append(PassageMatch(chunk.resource_id, chunk.page, chunk.attachment_id, text, float(score)))
        return matches


def _marked(generator: tantivy.SnippetGenerator, field: str, text: str) -> str:
    """The best fragment of ``text`` with its matches between the engine's highlight markers."""
    doc = tantivy.Document()
    doc.add_text(field, text)
    snippet = generator.snippet_from_doc(doc)
    fragment = snippet.fragment()
    if not fragment:
        return ""
    # The engine's spans count UTF-8 bytes, not characters: slicing the str by them put the
    # marks a character late after every accent, dash or curly quote.
    data = fragment.encode()
    pieces, last = [], 0
    for span in snippet.highlighted():
        pieces += [data[last : span.start], MARK_START.encode(), data[span.start : span.end], MARK_END.encode()]
        last = span.end
    pieces.append(data[last:])
    marked = b"".join(pieces).decode(errors="replace")
    start = text.find(fragment)
    if start > 0:
        marked = "…" + marked
    if start + len(fragment) < len(text):
        marked += "…"
    return marked


class TantivyBackend(Backend):
    vendor = "tantivy"

    def __init__(self, searchers: Searchers | None = None) -> None:
        self._searchers = searchers
        self._counting: tuple | None = None  # (match, filters, future counts) of ``start_facets``

    @property
    def searchers(self) -> Searchers:
        """One view of the index for the whole of one search (opened on first use)."""
        if self._searchers is None:
            self._searchers = Searchers.open()
        return self._searchers

    @property
    def compiler(self) -> Compiler:
        return self.searchers.compiler

    def _filters(self, filters) -> list[tantivy.Query]:
        return list(filter_queries(self.compiler, filters).values()) if filters is not None else []

    def _match(self, match: Match) -> tantivy.Query:
        if match.everything:
            return tantivy.Query.all_query()
        alternatives = [self.compiler.text(match.query)] if match.query is not None else []
        if match.ids:
            alternatives.append(self.compiler.ids(match.ids))
        return any_of(alternatives) if alternatives else tantivy.Query.empty_query()

    def ranked(self, query: ParsedQuery, filters, limit: int) -> tuple[list[tuple[int, float]], int]:
        return self.searchers.ranked_count(require(self.compiler.text(query), *self._filters(filters)), limit)

    def among(self, query: ParsedQuery | None, ids, filters=None) -> set[int]:
        text = self.compiler.text(query) if query is not None else tantivy.Query.all_query()
        return self.searchers.among(require(text, *self._filters(filters)), ids)

    def count(self, match: Match, filters) -> int:
        return self.searchers.count(require(self._match(match), *self._filters(filters)))

    def ordered(self, match: Match, filters, sort: str, limit: int, offset: int) -> list[int]:
        return self.searchers.ordered(require(self._match(match), *self._filters(filters)), sort, limit, offset)

    def start_facets(self, match: Match, filters) -> None:
        """The counts are made on another core (the engine does not hold Python's lock while
        it counts), while this thread reads the page's hits."""
        searchers = self.searchers  # opened here: opening may ask the database
        self._counting = (match, filters, _facet_pool().submit(_facet_counts, searchers, self._match(match), filters))

    def facets(self, match: Match, filters) -> tuple[list, list[tuple[str, str, int]]]:
        counting = self._counting
        if counting is not None and counting[0] is match and counting[1] is filters:
            counts = counting[2].result()
        else:
            counts = _facet_counts(self.searchers, self._match(match), filters)
        return _facets(counts, filters)

    def overview(self) -> dict | None:
        sizes = {"type": 100, "topic": 1000, "topic_path": 1000, "region": 100, "country": 400}
        found = self.searchers.terms(tantivy.Query.all_query(), sizes)
        return {"total": self.searchers.resources.num_docs, **{name: dict(rows) for name, rows in found.items()}}

    def snippets(self, query: ParsedQuery, titles: dict[int, str]) -> dict[int, Snippet]:
        """Marked titles; the best matching page of a file, else the best passage of the record's
        own text, in one pass over the passages (at most two of each kind per resource)."""
        ids = list(titles)
        marked = self.searchers.snippets(query, titles)
        best = self.searchers.passages_of(query, ids, 50 * max(1, len(ids)), titles, best_only=True)
        chosen: dict[int, PassageMatch] = {}
        for match in best:  # best first; a page of a file before the record's own text
            current = chosen.get(match.resource_id)
            if current is None or (current.page is None and match.page is not None):
                chosen[match.resource_id] = match
        result = {rid: Snippet(title=s.title, text="") for rid, s in marked.items()}
        for rid, match in chosen.items():
            title = marked[rid].title if rid in marked else ""
            result[rid] = Snippet(title, match.text, match.page, match.attachment_id)
        return result

    def passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 200) -> list[PassageMatch]:
        return self.searchers.passages_of(query, resource_ids, limit)

    def best_passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 1000) -> list[tuple[int, float]]:
        return self.searchers.best_passages(query, resource_ids, limit)

    def rebuild(self) -> None:
        engine.rebuild()

    def integrity_problems(self) -> list[str]:
        from lantern.search.models import IndexQueue, SearchChunk, SearchDocument

        problems = []
        engine.apply_queue(wait=5.0)  # changes waiting to be applied are not drift
        waiting = IndexQueue.objects.filter(replica=engine.handle().replica).count()
        if waiting:
            problems.append(f"{waiting} change(s) waiting to be applied to the search index")
        resources, passages = engine.counts()
        if resources != SearchDocument.objects.count():
            problems.append(f"search index holds {resources} resources, the database {SearchDocument.objects.count()}")
        if passages != SearchChunk.objects.count():
            problems.append(f"search index holds {passages} passages, the database {SearchChunk.objects.count()}")
        return problems


# Facet name → (engine field counted, how many values to ask the engine for).
FACET_FIELDS = {
    "type": ("type", 100),
    "topic": ("topic", 500),
    "region": ("region", 100),
    "country": ("country", 400),
    "year": ("year", 500),
    "publisher": ("publisher", 2000),
    "language": ("language", 300),
}


def _facet_counts(searchers: Searchers, text_match, filters) -> dict[str, list[tuple]]:
    """Value counts of each facet under every filter but its own: one aggregation per distinct
    set of filters (facets without a selection share one); ``map``: the countries as filtered."""
    queries = filter_queries(searchers.compiler, filters)
    groups: dict[frozenset, dict[str, tuple[str, int]]] = {}
    for name, spec in FACET_FIELDS.items():
        groups.setdefault(frozenset(k for k in queries if k != name), {})[name] = spec
    counts: dict[str, list[tuple]] = {}
    for scope, members in groups.items():
        found = searchers.terms(require(text_match, *(queries[k] for k in sorted(scope))), dict(members.values()))
        for name, (field, _size) in members.items():
            counts[name] = found[field]
    counts["map"] = counts["country"]
    if "country" in queries:
        counts["map"] = searchers.terms(require(text_match, *queries.values()), {"country": 400})["country"]
    return counts


def _facets(counts: dict[str, list[tuple]], filters, limit: int = facet_counts.LIMIT):
    """The facets as ``facet_counts.compute`` gives them, and the map's countries, from the
    engine's ``counts``."""
    from lantern.catalog.models import Organisation

    def rows(name, labels):
        found = [(value, labels.get(value, value), n) for value, n in counts[name] if value in labels]
        return sorted(found, key=lambda row: (-row[2], str(row[1])))

    types = {str(k): str(v) for k, v in Resource.Type.choices}
    topics, countries, languages = facet_counts.vocabulary_labels()
    # Publishers are many: names of the most used only (enough to break ties by name).
    top = [v for v, _ in counts["publisher"][: limit * 3]]
    publishers = dict(Organisation.objects.filter(slug__in=top).values_list("slug", "name"))
    region_rows = sorted(((slugify(r), r, n) for r, n in counts["region"]), key=lambda row: (-row[2], row[1]))
    year_rows = sorted(((int(y), int(y), n) for y, n in counts["year"]), key=lambda row: -row[0])
    facets = facet_counts.assemble(
        filters,
        limit,
        type=rows("type", types),
        topic=rows("topic", topics),
        region=region_rows,
        country=rows("country", countries),
        year=year_rows,
        publisher=rows("publisher", publishers),
        language=rows("language", languages),
    )
    return facets, rows("map", countries)
