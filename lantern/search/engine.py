"""The embedded search engine: a tantivy index in the data directory, derived from the database.

Why: at 100,000 resources a search page must answer in a few milliseconds; the databases' own
full-text search is an order of magnitude slower for the ranked match alone, tantivy (a
Lucene-class engine in Rust, PyPI ``tantivy``, MIT) is not (figures in docs/search.md, from
bench/search.py).

The database stays the source of truth. ``SearchDocument`` (the flattened text and facet values
of each published resource) and ``SearchChunk`` (its passages) are written in the same
transaction as the catalogue change, together with an ``IndexQueue`` row naming the resource
for each replica (``IndexReplica``: an index directory built from this database, so one per
machine; the processes of a machine share theirs). Applying the queue copies those rows into
the replica's two tantivy indexes (resources and passages) and deletes the rows it applied,
leaving the other replicas' rows to them. It runs after every commit that queued something
(for that commit's own resources: a curator's save never waits for a bulk import's backlog),
and before every search if rows are still waiting (another process's or machine's change, or
one made inside a transaction), so whatever a process has committed is what every process
finds; a change that is rolled back leaves no queue row and never reaches an index. ``lantern
reindex`` rebuilds both indexes from the tables; a missing or outdated index is rebuilt when
first opened, and registers its replica first. A replica that applies nothing for
``FORGET_REPLICA_AFTER`` (a machine taken away) is forgotten with its rows; if it comes back,
it finds itself unregistered and is rebuilt.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import threading
import time
import uuid
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import tantivy
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from lantern.lib.locks import FileLock
from lantern.lib.sql import table

log = logging.getLogger(__name__)

SCHEMA_VERSION = "3"  # bump when the schema or the analyzer changes: indexes are then rebuilt
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
WRITER_HEAP = 64_000_000
LOCK_WAIT_SECONDS = 30.0
APPLY_BATCH = 2000
# What a search applies of other processes' queued changes before it runs: one small batch, and
# only if no other process is writing (that one applies the rest), so a visitor never waits for
# a bulk import's indexing.
SEARCH_APPLY_BATCH = 200
KEEP_HANDLES = 4
FORGET_REPLICA_AFTER = dt.timedelta(days=7)
PRUNE_EVERY_SECONDS = 3600.0
_pruned_at = 0.0


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


_words = threading.local()


def words_of(text: str) -> list[str]:
    """``text`` as the engine indexes it: lower-cased, accents folded, English stems."""
    analyzer = getattr(_words, "analyzer", None)
    if analyzer is None:
        analyzer = _words.analyzer = _analyzer()
    return analyzer.analyze(text)


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
        self.replica = self._replica_name()
        self.resources = self._open("resources", _resource_schema())
        self.passages = self._open("passages", _passage_schema())
        self.needs_build = fresh or not _registered(self.replica)
        self.built: int | None = None  # documents indexed by this process's last build

    def _replica_name(self) -> str:
        """This directory's name among the database's replicas, made when it is first used."""
        path = self.path / "REPLICA"
        try:
            return path.read_text().strip()
        except FileNotFoundError:
            name = uuid.uuid4().hex
            path.write_text(name + "\n")
            return name

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

    def mark_built(self, documents: int) -> None:
        (self.path / "VERSION").write_text(SCHEMA_VERSION + "\n")
        self.needs_build = False
        self.built = documents

    def _open(self, name: str, schema: tantivy.Schema) -> tantivy.Index:
        (self.path / name).mkdir(parents=True, exist_ok=True)
        index = tantivy.Index(schema, path=str(self.path / name), reuse=True)
        index.register_tokenizer(ANALYZER, self.analyzer)
        index.config_reader("Manual")
        return index

    def searchers(self) -> tuple[tantivy.Searcher, tantivy.Searcher]:
        """Searchers that see the last commit of any process (a reload is cheap)."""
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
    path = index_dir().resolve()
    current = _handles.get(str(path))
    if current is not None and not current.needs_build:
        return current
    with _handles_lock:
        current = _handles.get(str(path))
        if current is None or current.needs_build:
            path.mkdir(parents=True, exist_ok=True)
            with FileLock(path / "build.lock"):
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
        resources = _writer(current.resources, WRITER_HEAP, deadline)
        try:
            # Locked on its own: another process's writers release the two locks one after the
            # other (``wait_merging_threads`` drops each), so this one can still be busy.
            passages = _writer(current.passages, WRITER_HEAP // 2, deadline)
        except BaseException:
            del resources  # releases its lock
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


def _writer(index: tantivy.Index, heap: int, deadline: float) -> tantivy.IndexWriter:
    """A writer of ``index``, waiting until ``deadline`` while another writer holds its lock."""
    while True:
        try:
            return index.writer(heap, 1)
        except ValueError as exc:
            if "LockBusy" not in str(exc) or time.monotonic() >= deadline:
                raise TimeoutError(f"search index is locked by another writer: {exc}") from exc
            time.sleep(0.05)


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


def apply_queue(
    wait: float = LOCK_WAIT_SECONDS, batch: int = APPLY_BATCH, batches: int | None = None, only: Iterable[int] = ()
) -> int:
    """Copy the queued resources' documents into the index; returns how many were applied.

    Stops without waiting more than ``wait`` when another process is applying (it will apply
    ours too, or the next writer will), and after ``batches`` batches of ``batch`` when given.
    With ``only``, applies the rows of those resources alone (a document is read as it is now,
    so applying one resource's rows before older rows of others changes nothing).
    """
    from lantern.search.models import IndexQueue

    if not enabled():
        return 0
    current = handle()
    mine = IndexQueue.objects.filter(replica=current.replica).order_by("id")
    if not only:
        return _apply(mine, current, wait, batch, batches)
    ids = sorted(set(only))
    return sum(  # in slices: SQLite's limit on a statement's parameters
        _apply(mine.filter(resource_id__in=ids[start : start + 500]), current, wait, batch, batches)
        for start in range(0, len(ids), 500)
    )


def _apply(mine, current: Handle, wait: float, batch: int, batches: int | None) -> int:
    from lantern.search.models import IndexQueue

    done = 0
    for _ in itertools.count() if batches is None else range(batches):
        rows = list(mine.values_list("id", "resource_id")[:batch])
        if not rows:
            break
        ids = sorted({rid for _, rid in rows})
        try:
            with _writers(wait) as writers:
                resources, passages = writers
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
    if done and time.monotonic() - _pruned_at > PRUNE_EVERY_SECONDS:
        _forget_gone_replicas(current.replica)
    return done


def queue(resource_ids: Iterable[int]) -> None:
    """Note resources whose documents changed, for every replica; applied to this process's once
    the transaction commits, to the others' by their next write or search."""
    from lantern.search.models import IndexQueue, IndexReplica

    ids = sorted(set(resource_ids))
    if not ids or not enabled():
        return
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    # One statement reads the replicas and writes their rows: one registering meanwhile is either
    # seen or waits for this transaction (``_register``), never missed.
    insert = (
        f"INSERT INTO {table(IndexQueue)} (replica, resource_id, created_at) "  # noqa: S608 - model tables
        f"SELECT name, %s, %s FROM {table(IndexReplica)}"
    )
    with connection.cursor() as cursor:
        cursor.executemany(insert, [(rid, now) for rid in ids])
    pending = _queued.__dict__.setdefault("ids", set())
    pending.update(ids)
    transaction.on_commit(_apply_after_commit, robust=True)


# The resources this thread queued and has not applied yet. After a commit it applies those
# alone: a web request that saves one record must not wait while it applies a bulk import's
# thousands (the import applies its own; searches apply what a process left behind).
_queued = threading.local()


def _apply_after_commit() -> None:
    ids, _queued.ids = getattr(_queued, "ids", set()), set()
    if not ids:
        return  # applied by an earlier callback of the same transaction
    try:
        apply_queue(wait=2.0, only=ids)
    except Exception:  # the next search applies what is left
        log.exception("applying search index changes failed")


def catch_up() -> None:
    """Before a search: apply what other processes (or this transaction) queued for this replica;
    rebuild it if the database no longer knows it (forgotten, or a database restored)."""
    from lantern.search.models import IndexQueue, IndexReplica

    current = handle()
    # Plain SQL: this runs twice a search, and the ORM costs more than the query.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT 1 FROM {table(IndexQueue)} WHERE replica = %s LIMIT 1), "  # noqa: S608 - model tables
            f"(SELECT 1 FROM {table(IndexReplica)} WHERE name = %s)",
            [current.replica, current.replica],
        )
        queued, registered = cursor.fetchone()
    if not registered:
        current.needs_build = True
        handle()
    elif queued:
        apply_queue(wait=0.0, batch=SEARCH_APPLY_BATCH, batches=1)


def rebuild(progress=None) -> int:
    """Rebuild both indexes from ``SearchDocument`` and ``SearchChunk``; returns the documents indexed."""
    from lantern.search.models import IndexQueue, SearchDocument

    current = _handles.get(str(index_dir().resolve()))
    if current is None:
        current = handle()  # opening a directory that is new on disk builds it, from these tables
        if current.built is not None:
            return current.built
    with current.lock:
        if SearchDocument.objects.filter(facets={}).exists():  # written before documents had facets
            from lantern.search import index

            return index.rebuild()  # rebuilds the documents, then calls this again
        _register(current.replica)
        mine = IndexQueue.objects.filter(replica=current.replica)
        last = mine.order_by("-id").values_list("id", flat=True).first() or 0
        ids = list(SearchDocument.objects.order_by("resource_id").values_list("resource_id", flat=True))
        with _writers() as writers:
            writers[0].delete_all_documents()
            writers[1].delete_all_documents()
            for start in range(0, len(ids), APPLY_BATCH):
                _add(writers, ids[start : start + APPLY_BATCH])
                if progress:
                    progress(min(len(ids), start + APPLY_BATCH))
        mine.filter(id__lte=last).delete()
        current.mark_built(len(ids))
    _forget_gone_replicas(current.replica)
    return len(ids)


def _registered(name: str) -> bool:
    from lantern.search.models import IndexReplica

    return IndexReplica.objects.filter(name=name).exists()


def _register(name: str) -> None:
    """Make ``name`` a replica before its index is built from the tables.

    On PostgreSQL, transactions that have queued changes are waited for (they hold the queue's
    row-exclusive lock until they end), so their documents are in the tables this build reads,
    and those queueing later wait for this one and write a row for it too. SQLite has one writer
    at a time and needs no more.
    """
    from lantern.search.models import IndexQueue, IndexReplica

    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {table(IndexQueue)} IN SHARE ROW EXCLUSIVE MODE")
        IndexReplica.objects.get_or_create(name=name)


def _forget_gone_replicas(keep: str) -> None:
    """Forget replicas that applied nothing for ``FORGET_REPLICA_AFTER`` (a machine taken away),
    and their rows, so the queue does not grow for them."""
    global _pruned_at
    from lantern.search.models import IndexQueue, IndexReplica

    _pruned_at = time.monotonic()
    stale = IndexQueue.objects.filter(created_at__lt=timezone.now() - FORGET_REPLICA_AFTER).exclude(replica=keep)
    gone = set(stale.values_list("replica", flat=True).distinct())
    if gone:
        log.warning("search index replica(s) %s applied nothing for %s: forgotten", sorted(gone), FORGET_REPLICA_AFTER)
        IndexReplica.objects.filter(name__in=gone).delete()
        IndexQueue.objects.filter(replica__in=gone).delete()


def counts() -> tuple[int, int]:
    """Documents in the resource and passage indexes."""
    resources, passages = handle().searchers()
    return resources.num_docs, passages.num_docs


def indexed_ids() -> set[int]:
    current = handle()
    searcher = current.resources.searcher()
    found = searcher.search(tantivy.Query.all_query(), limit=max(1, searcher.num_docs), count=False)
    return set(searcher.fast_field_values("id", [address for _, address in found.hits]))
