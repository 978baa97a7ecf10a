"""Semantic search at scale: exact (numpy) against the approximate index (usearch), N passages.

    .venv/bin/python bench/semantic_scale.py [--sizes 20000,100000,300000] [--random-sizes 20000,100000]

For each size, through ``lantern.search.semantic.Store`` (what the search page uses, 30 resources
asked for, 8 passages a resource, the first its metadata passage) it prints: exact and
approximate p50/p95 per query, the full build time, the time to bring the saved index up to
date after 1,000 new passages (open, add, save), the file size, and recall@30 of resources
(the share of exact search's top 30 resources the approximate search also returns).

"real": text vectors from the demo hub (titles, summaries and their sentences, passages of its
five PDFs, ~800 texts embedded by the real model), scaled up by mixing three of them with a
little noise (the hub has too few texts for 100k; the mixes keep the clustered shape of text
vectors); queried with the 68 queries of bench/queries/demo.jsonl and 32 of the texts.
"random": uniformly random unit vectors (no structure at all), the hard case for a graph index.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
PASSAGES_PER_RESOURCE = 8
LIMIT = 30
NEW = 1000


def setup(index_dir: str) -> None:
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    os.environ["LANTERN_SEARCH_INDEX_DIR"] = index_dir
    import django

    django.setup()


def demo_texts() -> tuple[list[str], list[str]]:
    import pypdfium2 as pdfium

    demo = REPO / "lantern/ingest/demo"
    texts = []
    for line in (demo / "resources.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        summary = record.get("summary", "")
        texts += [record["title"], f"{record['title']}\n{record.get('teaser', '')}\n{summary}"]
        texts += [s for s in re.split(r"(?<=[.!?])\s+", summary) if len(s) > 40]
    for path in sorted((demo / "files").glob("*.pdf")):
        document = pdfium.PdfDocument(str(path))
        for page in document:
            words = page.get_textpage().get_text_range().split()
            texts += [" ".join(words[i : i + 120]) for i in range(0, len(words), 60) if len(words[i:]) > 12]
        document.close()
    queries = [json.loads(line)["query"] for line in (REPO / "bench/queries/demo.jsonl").read_text().splitlines()]
    return texts, queries


def unit(vectors: np.ndarray) -> np.ndarray:
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def real_like(base: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    picks = rng.integers(0, len(base), (n, 3))
    weights = rng.dirichlet([0.5, 0.5, 0.5], n).astype(np.float32)
    mixed = np.einsum("nk,nkd->nd", weights, base[picks])
    return unit(mixed + rng.normal(0, 0.03, mixed.shape).astype(np.float32))


def make_store(vectors: np.ndarray, first_id: int = 1):
    from lantern.search import semantic

    half = vectors.astype(np.float16)
    rows = [
        (
            first_id + i,
            1 + (first_id + i) // PASSAGES_PER_RESOURCE,
            None if i % PASSAGES_PER_RESOURCE == 0 else 1,
            half[i].tobytes(),
        )
        for i in range(len(vectors))
    ]
    return semantic.Store(rows), rows


def timed(function, queries: np.ndarray) -> tuple[list, list[float]]:
    results, samples = [], []
    for query in queries:
        started = time.perf_counter()
        results.append(function(query))
        samples.append((time.perf_counter() - started) * 1000)
    return results, samples


def p50_p95(samples: list[float]) -> str:
    ordered = sorted(samples)
    return f"{statistics.median(ordered):6.1f} /{ordered[int(0.95 * (len(ordered) - 1))]:6.1f}"


def measure(kind: str, vectors: np.ndarray, queries: np.ndarray, rng: np.random.Generator) -> None:
    from lantern.search import semantic

    path = semantic.ann_path()
    path.unlink(missing_ok=True)
    store, rows = make_store(vectors)
    store.ann = None
    exact, exact_ms = timed(lambda q: store.nearest(q, LIMIT), queries)
    started = time.perf_counter()
    semantic._write_ann(store, fresh=True, threads=0)
    build = time.perf_counter() - started
    approximate, approximate_ms = timed(lambda q: store.nearest(q, LIMIT), queries)
    recall = statistics.mean(
        len({r for r, _, _ in a} & {r for r, _, _ in e}) / max(1, len(e))
        for a, e in zip(approximate, exact, strict=True)
    )
    more = real_like(vectors[:1000], NEW, rng) if kind == "real" else unit(rng.normal(size=(NEW, vectors.shape[1])))
    grown, _ = make_store(np.vstack([vectors, more]))
    started = time.perf_counter()
    semantic._write_ann(grown, fresh=False, threads=0)
    update = time.perf_counter() - started
    assert grown.ann is not None and grown.ann.current
    print(
        f"{kind:6} {len(vectors):>7,}  exact {p50_p95(exact_ms)}  approx {p50_p95(approximate_ms)} ms  "
        f"build {build:6.1f} s  +{NEW} {update:5.1f} s  file {path.stat().st_size / 1e6:6.1f} MB  "
        f"recall@30 {recall:.3f} (min {min(len({r for r, _, _ in a} & {r for r, _, _ in e}) / max(1, len(e)) for a, e in zip(approximate, exact, strict=True)):.2f})",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="20000,100000,300000")
    parser.add_argument("--random-sizes", default="20000,100000", help="random vectors build slowly; '' to skip")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lantern-ann-") as index_dir:
        setup(index_dir)
        from lantern.search import semantic

        rng = np.random.default_rng(0)
        texts, queries = demo_texts()
        started = time.perf_counter()
        base = semantic.encode(texts)
        real_queries = np.vstack([semantic.encode(queries), base[rng.integers(0, len(base), 32)]])
        print(f"embedded {len(texts)} demo texts and {len(queries)} queries in {time.perf_counter() - started:.0f} s")
        print(
            f"usearch {semantic.ANN_DTYPE}, connectivity {semantic.ANN_CONNECTIVITY}, expansion add "
            f"{semantic.ANN_EXPANSION_ADD} / search {semantic.ANN_EXPANSION_SEARCH}, {os.cpu_count()} cores; "
            "times p50 / p95"
        )
        for size in [int(s) for s in args.sizes.split(",") if s]:
            measure("real", real_like(base, size, rng), real_queries, rng)
        random_queries = unit(rng.normal(size=(100, semantic.DIMENSIONS)))
        for size in [int(s) for s in args.random_sizes.split(",") if s]:
            measure("random", unit(rng.normal(size=(size, semantic.DIMENSIONS))), random_queries, rng)


if __name__ == "__main__":
    main()
