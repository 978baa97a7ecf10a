"""The embedded search engine: a tantivy index in the data directory, derived from the database.

Why: at 100,000 resources a search page must answer in a few milliseconds; SQLite FTS5 and
PostgreSQL full-text search need 40–300 ms for the ranked match alone, tantivy (a Lucene-class
engine in Rust, PyPI ``tantivy``, MIT) about 2 ms with facet counts (bench/search.py).

The database stays the source of truth. ``SearchDocument`` (the flattened text and facet values
of each published resource) and ``SearchChunk`` (its passages) are written in the same
transaction as the catalogue change, together with an ``IndexQueue`` row naming the resource.
Applying the queue copies those rows into two tantivy indexes (resources and passages) and
deletes the rows it applied. It runs after every commit that queued something, and before
every search if rows are still waiting (another process's change, or one made inside a
transaction), so whatever a process has committed is what every process finds; a change that
is rolled back leaves no queue row and never reaches the index. ``lantern reindex`` rebuilds
both indexes from the tables; a missing or outdated index is rebuilt when first opened.

Every process serving one database must share one index directory (the data directory, on the
same machine or a shared disk). Hubs spread over several machines set
``LANTERN_SEARCH_ENGINE=database`` (PostgreSQL full-text search, slower at scale).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import tantivy
from django.conf import settings
from django.db import transaction

from lantern.lib.query import ParsedQuery, Term
from lantern.lib.sql import table
from lantern.search.backends.base import MARK_END, MARK_START, Backend, PassageMatch, Snippet

log = logging.getLogger(__name__)

SCHEMA_VERSION = "2"  # bump when the schema or the analyzer changes: indexes are then rebuilt
ANALYZER = "lantern"
# Field boosts, as the SQL engines' bm25 column weights: title, abstract, meta, body.
WEIGHTS = {"title": 10.0, "abstract": 4.0, "meta": 2.0, "body": 1.0}
TEXT_FIELDS = tuple(WEIGHTS)
# Keyword fields: facet counts and filters. ``topic_path`` holds each topic and its broader
# ones (a broader topic finds its narrower ones); ``region_key`` the slugs of region and sub-region.
KEYWORD_FIELDS = (
    "type",
    "topic",
    "topic_path",
    "country",
    "region",
    "region_key",
    "publisher",
    "language",
    "collection",
)
NO_DATE_DESC = -(10**9)  # sorts last when newest first
NO_DATE_ASC = 10**9  # sorts last when oldest first
SNIPPET_CHARS = 190
WRITER_HEAP = 64_000_000
LOCK_WAIT_SECONDS = 30.0
APPLY_BATCH = 2000
KEEP_HANDLES = 4


def enabled() -> bool:
    return getattr(settings, "LANTERN_SEARCH_ENGINE", "tantivy") == "tantivy"


def index_dir() -> Path:
    configured = getattr(settings, "LANTERN_SEARCH_INDEX_DIR", "")
    return Path(configured) if configured else Path(settings.DATA_DIR) / "search-index"


def _analyzer() -> tantivy.TextAnalyzer:
    """Words split on anything but letters and digits, lower-cased, accents folded, English
    stems (as FTS5's porter + unicode61 remove_diacritics): "Trafficking" finds "trafficked"."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(60))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


def _resource_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("id", indexed=True, fast=True)
    for name in TEXT_FIELDS:
        builder.add_text_field(name, tokenizer_name=ANALYZER)
    for name in KEYWORD_FIELDS:
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("year", indexed=True, fast=True)
    builder.add_integer_field("date_desc", fast=True)
    builder.add_integer_field("date_asc", fast=True)
    builder.add_text_field("sort_title", fast=True, tokenizer_name="raw", index_option="basic")
    return builder.build()


def _passage_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("chunk", indexed=True, fast=True)
    builder.add_unsigned_field("resource", indexed=True, fast=True)
    builder.add_unsigned_field("page", fast=True)  # 0: the record's own text
    builder.add_text_field("text", tokenizer_name=ANALYZER)
    return builder.build()


class Handle:
    """The two indexes of one directory, opened once per process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.analyzer = _analyzer()
        self.lock = threading.RLock()
        fresh = not self._current()
        if fresh:
            self._clear()
        self.resources = self._open("resources", _resource_schema())
        self.passages = self._open("passages", _passage_schema())
        self.needs_build = fresh

    def _current(self) -> bool:
        try:
            return (self.path / "VERSION").read_text().strip() == SCHEMA_VERSION
        except OSError:
            return False

    def _clear(self) -> None:
        import shutil

        for name in ("resources", "passages"):
            shutil.rmtree(self.path / name, ignore_errors=True)
        self.path.mkdir(parents=True, exist_ok=True)
        (self.path / "VERSION").unlink(missing_ok=True)

    def mark_built(self) -> None:
        (self.path / "VERSION").write_text(SCHEMA_VERSION + "\n")
        self.needs_build = False

    def _open(self, name: str, schema: tantivy.Schema) -> tantivy.Index:
        (self.path / name).mkdir(parents=True, exist_ok=True)
        index = tantivy.Index(schema, path=str(self.path / name), reuse=True)
        index.register_tokenizer(ANALYZER, self.analyzer)
        index.config_reader("Manual")
        return index

    def searchers(self) -> tuple[tantivy.Searcher, tantivy.Searcher]:
        """Searchers that see the last commit of any process (a reload costs microseconds)."""
        self.resources.reload()
        self.passages.reload()
        return self.resources.searcher(), self.passages.searcher()

    def tokens(self, text: str) -> list[str]:
        return self.analyzer.analyze(text)


_handles: dict[str, Handle] = {}
_handles_lock = threading.Lock()


def handle() -> Handle:
    """This process's handle on the configured index directory (built on first use if new).

    Opening, clearing an outdated index and building it happen under a lock shared by every
    process (a web server and two workers starting together on a new data directory): one
    builds, the others wait and then open what it built.
    """
    import fasteners

    path = index_dir().resolve()
    current = _handles.get(str(path))
    if current is not None and not current.needs_build:
        return current
    with _handles_lock:
        current = _handles.get(str(path))
        if current is None or current.needs_build:
            path.mkdir(parents=True, exist_ok=True)
            with fasteners.InterProcessLock(str(path / "build.lock")):
                if current is None:
                    current = _handles[str(path)] = Handle(path)
                    while len(_handles) > KEEP_HANDLES:  # a process normally has one; tests have many
                        _handles.pop(next(iter(_handles)))
                if current.needs_build:
                    with current.lock:
                        rebuild()
    return current


# --- writing ---------------------------------------------------------------------------------


@contextmanager
def _writers(wait: float = LOCK_WAIT_SECONDS):
    """Writers of both indexes (one writing process at a time: tantivy locks the directory).

    Raises ``TimeoutError`` when another process holds the lock for longer than ``wait``.
    """
    current = _handles.get(str(index_dir().resolve())) or handle()
    deadline = time.monotonic() + wait
    with current.lock:
        while True:
            try:
                resources = current.resources.writer(WRITER_HEAP, 1)
                break
            except ValueError as exc:
                if "LockBusy" not in str(exc) or time.monotonic() >= deadline:
                    raise TimeoutError(f"search index is locked by another writer: {exc}") from exc
                time.sleep(0.05)
        try:
            passages = current.passages.writer(WRITER_HEAP // 2, 1)
        except ValueError:
            del resources
            raise
        try:
            yield resources, passages
        except BaseException:
            resources.rollback()
            passages.rollback()
            raise
        resources.commit()
        passages.commit()
        resources.wait_merging_threads()
        passages.wait_merging_threads()


def _resource_document(resource_id: int, fields: dict[str, str], facets: dict) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_unsigned("id", resource_id)
    for name in TEXT_FIELDS:
        if fields.get(name):
            doc.add_text(name, fields[name])
    for name in KEYWORD_FIELDS:
        for value in facets.get(name) or []:
            doc.add_text(name, str(value))
    date = facets.get("date")
    if date:
        day = dt.date.fromisoformat(date).toordinal()
        doc.add_integer("year", int(date[:4]))
        doc.add_integer("date_desc", day)
        doc.add_integer("date_asc", day)
    else:
        doc.add_integer("date_desc", NO_DATE_DESC)
        doc.add_integer("date_asc", NO_DATE_ASC)
    doc.add_text("sort_title", (fields.get("title") or "").casefold()[:200])
    return doc


def _passage_document(chunk_id: int, resource_id: int, page: int | None, text: str) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_unsigned("chunk", chunk_id)
    doc.add_unsigned("resource", resource_id)
    doc.add_unsigned("page", page or 0)
    doc.add_text("text", text)
    return doc


def _add(writers, resource_ids: list[int]) -> None:
    from lantern.search.models import SearchChunk, SearchDocument

    resources, passages = writers
    rows = SearchDocument.objects.filter(resource_id__in=resource_ids).values_list(
        "resource_id", "title", "abstract", "meta", "body", "facets"
    )
    for rid, title, abstract, meta, body, facets in rows.iterator(chunk_size=500):
        fields = {"title": title, "abstract": abstract, "meta": meta, "body": body}
        resources.add_document(_resource_document(rid, fields, facets or {}))
    chunks = SearchChunk.objects.filter(resource_id__in=resource_ids).values_list("id", "resource_id", "page", "text")
    for chunk_id, rid, page, text in chunks.iterator(chunk_size=2000):
        passages.add_document(_passage_document(chunk_id, rid, page, text))


def apply_queue(wait: float = LOCK_WAIT_SECONDS) -> int:
    """Copy the queued resources' documents into the index; returns how many were applied.

    Returns 0 without waiting long when another process is applying (it will apply ours too,
    or the next search will).
    """
    from lantern.search.models import IndexQueue

    if not enabled():
        return 0
    done = 0
    while True:
        rows = list(IndexQueue.objects.order_by("id").values_list("id", "resource_id")[:APPLY_BATCH])
        if not rows:
            return done
        ids = sorted({rid for _, rid in rows})
        try:
            with _writers(wait) as writers:
                resources, passages = writers
                current = handle()
                # By query: deleting a u64 term by value does not match in tantivy-py 0.27.
                resources.delete_documents_by_query(tantivy.Query.term_set_query(current.resources.schema, "id", ids))
                passages.delete_documents_by_query(
                    tantivy.Query.term_set_query(current.passages.schema, "resource", ids)
                )
                _add(writers, ids)
        except TimeoutError:
            log.warning("search index busy; %d queued change(s) left for the next writer", len(rows))
            return done
        IndexQueue.objects.filter(id__in=[row_id for row_id, _ in rows]).delete()
        done += len(ids)


def queue(resource_ids: Iterable[int]) -> None:
    """Note resources whose documents changed; applied once the transaction commits."""
    from lantern.search.models import IndexQueue

    ids = sorted(set(resource_ids))
    if not ids or not enabled():
        return
    IndexQueue.objects.bulk_create([IndexQueue(resource_id=rid) for rid in ids], batch_size=1000)
    transaction.on_commit(_apply_after_commit, robust=True)


def _apply_after_commit() -> None:
    try:
        apply_queue(wait=2.0)
    except Exception:  # the next search applies what is left
        log.exception("applying search index changes failed")


def catch_up() -> None:
    """Before a search: apply what other processes (or this transaction) queued."""
    from django.db import connection

    from lantern.search.models import IndexQueue

    # Plain SQL: this runs twice a search, and the ORM takes five times as long to ask.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM {table(IndexQueue)} LIMIT 1")  # noqa: S608 - the model's table name
        queued = cursor.fetchone() is not None
    if queued:
        apply_queue(wait=0.5)


def rebuild(progress=None) -> int:
    """Rebuild both indexes from ``SearchDocument`` and ``SearchChunk``; returns the documents indexed."""
    from lantern.search.models import IndexQueue, SearchDocument

    current = _handles.get(str(index_dir().resolve())) or handle()
    with current.lock:
        if SearchDocument.objects.filter(facets={}).exists():  # written before documents had facets
            from lantern.search import index

            return index.rebuild()  # rebuilds the documents, then calls this again
        last = IndexQueue.objects.order_by("-id").values_list("id", flat=True).first() or 0
        ids = list(SearchDocument.objects.order_by("resource_id").values_list("resource_id", flat=True))
        with _writers() as writers:
            writers[0].delete_all_documents()
            writers[1].delete_all_documents()
            for start in range(0, len(ids), APPLY_BATCH):
                _add(writers, ids[start : start + APPLY_BATCH])
                if progress:
                    progress(min(len(ids), start + APPLY_BATCH))
        IndexQueue.objects.filter(id__lte=last).delete()
        current.mark_built()
    return len(ids)


def counts() -> tuple[int, int]:
    """Documents in the resource and passage indexes."""
    resources, passages = handle().searchers()
    return resources.num_docs, passages.num_docs


def indexed_ids() -> set[int]:
    current = handle()
    searcher = current.resources.searcher()
    found = searcher.search(tantivy.Query.all_query(), limit=max(1, searcher.num_docs), count=False)
    return set(searcher.fast_field_values("id", [address for _, address in found.hits]))


# --- querying --------------------------------------------------------------------------------


class Compiler:
    """Turns a parsed query into tantivy queries. Every user word is analysed and used as a
    term; nothing the user types is ever parsed as tantivy syntax."""

    def __init__(self, current: Handle) -> None:
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
        parts = [self._term(self.schema, name, term, weight) for name, weight in WEIGHTS.items()]
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


@dataclass
class Searchers:
    """One consistent view of the index for the whole of one search."""

    compiler: Compiler
    resources: tantivy.Searcher
    passages: tantivy.Searcher

    @classmethod
    def open(cls) -> Searchers:
        catch_up()
        current = handle()
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
    pieces, last = [], 0
    for span in snippet.highlighted():
        pieces += [fragment[last : span.start], MARK_START, fragment[span.start : span.end], MARK_END]
        last = span.end
    pieces.append(fragment[last:])
    marked = "".join(pieces)
    start = text.find(fragment)
    if start > 0:
        marked = "…" + marked
    if start + len(fragment) < len(text):
        marked += "…"
    return marked


class TantivyBackend(Backend):
    """What the entry point's shared steps need from an engine (snippets, passages, rebuild)."""

    vendor = "tantivy"

    def __init__(self, searchers: Searchers | None = None) -> None:
        self._searchers = searchers
        self._best_pages: tuple[tuple, list[PassageMatch]] | None = None

    @property
    def searchers(self) -> Searchers:
        if self._searchers is None:
            self._searchers = Searchers.open()
        return self._searchers

    def snippets(self, query: ParsedQuery, titles: dict[int, str]) -> dict[int, Snippet]:
        """Titles with their matches marked, and the best passage of the record's own text
        (title, teaser, summary, description) where no page of a file matched."""
        ids = list(titles)
        result = self.searchers.snippets(query, titles)
        best = self.searchers.passages_of(query, ids, 50 * max(1, len(ids)), titles, best_only=True)
        own: dict[int, str] = {}
        for match in best:  # best first
            if match.page is None:
                own.setdefault(match.resource_id, match.text)
        for rid, text in own.items():
            title = result[rid].title if rid in result else ""
            result[rid] = Snippet(title=title, text=text)
        # The hit list asks next for the pages of the same resources: these are the best ones.
        self._best_pages = ((repr(query), tuple(ids)), [m for m in best if m.page is not None])
        return result

    def passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 200) -> list[PassageMatch]:
        if self._best_pages is not None and self._best_pages[0] == (repr(query), tuple(resource_ids)):
            return self._best_pages[1]
        return self.searchers.passages_of(query, resource_ids, limit)

    def best_passages(self, query: ParsedQuery, resource_ids: list[int], limit: int = 1000) -> list[tuple[int, float]]:
        return self.searchers.best_passages(query, resource_ids, limit)

    def rebuild(self) -> None:
        rebuild()

    def integrity_problems(self) -> list[str]:
        from lantern.search.models import IndexQueue, SearchChunk, SearchDocument

        problems = []
        apply_queue(wait=5.0)  # changes waiting to be applied are not drift
        waiting = IndexQueue.objects.count()
        if waiting:
            problems.append(f"{waiting} change(s) waiting to be applied to the search index")
        resources, passages = counts()
        if resources != SearchDocument.objects.count():
            problems.append(f"search index holds {resources} resources, the database {SearchDocument.objects.count()}")
        if passages != SearchChunk.objects.count():
            problems.append(f"search index holds {passages} passages, the database {SearchChunk.objects.count()}")
        return problems
