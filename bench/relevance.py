"""Relevance of search on the demo hub: nDCG@10, MRR and recall@10 per ranking configuration.

    .venv/bin/python bench/relevance.py [--data-dir DIR] [--show-misses]
    LANTERN_SEARCH_ENGINE=database .venv/bin/python bench/relevance.py ...   # SQLite FTS5

Loads the demo hub into a fresh data directory (or reuses DIR), extracts the pages of its PDF
files when ingestion has not (so search inside documents counts), computes passage vectors,
then runs every query of bench/queries/demo.jsonl (graded judgements: 3 = the answer,
2 = relevant, 1 = partly) through ``lantern.search.service.run`` with each configuration, and
prints nDCG@10, MRR and recall@10 per kind of query and overall. ``--show-misses`` lists every
query with its BM25 and final nDCG@10.

Configurations: ``bm25`` is the text match ranked by field-weighted BM25 alone (no thesaurus,
typos, passages or vectors); ``semantic`` the passage vectors alone; ``hybrid`` both fused;
``bm25+thes+typo`` every lexical part of the default (thesaurus, typos, best passage) without
vectors; ``hybrid+thes+typo`` the default.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUERIES = REPO / "bench" / "queries" / "demo.jsonl"


def setup(data_dir: str | None) -> None:
    os.environ["LANTERN_DATA_DIR"] = data_dir or tempfile.mkdtemp(prefix="lantern-relevance-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from lantern.catalog.models import Resource

    if not Resource.objects.exists():
        call_command("demo", verbosity=0)
    extract_pages()
    from lantern.search import index

    started = time.perf_counter()
    index.rebuild()
    embedded = index.embed_pending()
    print(f"index rebuilt, {embedded} passage vectors computed in {time.perf_counter() - started:.1f} s")


def extract_pages() -> None:
    """Page rows for the demo's PDF files, if ingestion has not made them (pypdfium2)."""
    from lantern.catalog.models import Attachment, Page

    for attachment in Attachment.objects.exclude(file="").filter(pages=None):
        if not attachment.file.name.lower().endswith(".pdf"):
            continue
        try:
            import pypdfium2
        except ImportError:
            return
        with attachment.file.open("rb") as handle:
            pdf = pypdfium2.PdfDocument(handle.read())
        Page.objects.bulk_create(
            Page(attachment=attachment, number=i + 1, text=pdf[i].get_textpage().get_text_range())
            for i in range(len(pdf))
        )


def configurations():
    from lantern.search.service import DEFAULT, Options

    plain = Options(thesaurus=False, typos=False, passage_weight=0.0)
    return {
        "bm25": Options(semantic=False, thesaurus=False, typos=False, passage_weight=0.0),
        "semantic": Options(lexical=False, thesaurus=False, typos=False, passage_weight=0.0),
        "hybrid": plain,
        "bm25+thes+typo": Options(semantic=False),
        "hybrid+thes+typo": DEFAULT,
    }


def dcg(grades: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def evaluate(options, queries) -> list[dict]:
    from lantern.search.service import run

    rows = []
    for item in queries:
        results = run(options, item["query"], per_page=10, with_facets=False)
        slugs = [hit.resource.slug for hit in results.hits]
        relevant = item["relevant"]
        grades = [relevant.get(s, 0) for s in slugs]
        ideal = dcg(sorted(relevant.values(), reverse=True)[:10])
        first = next((i for i, g in enumerate(grades) if g > 0), None)
        rows.append(
            {
                "kind": item["kind"],
                "query": item["query"],
                "ndcg": dcg(grades) / ideal if ideal else 0.0,
                "mrr": 1 / (first + 1) if first is not None else 0.0,
                "recall": sum(1 for s in slugs if relevant.get(s, 0) > 0) / len(relevant),
                "top": slugs[:3],
            }
        )
    return rows


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", help="reuse this data directory (the demo is loaded if empty)")
    parser.add_argument("--show-misses", action="store_true", help="print queries where the final ranking loses")
    args = parser.parse_args()
    setup(args.data_dir)
    queries = [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    kinds = sorted({q["kind"] for q in queries})
    results = {}
    for name, options in configurations().items():
        started = time.perf_counter()
        results[name] = evaluate(options, queries)
        elapsed = (time.perf_counter() - started) / len(queries) * 1000
        print(f"{name:18} {elapsed:6.1f} ms/query")
    print(f"\n{len(queries)} queries; nDCG@10 / MRR / recall@10")
    header = f"{'kind':16}" + "".join(f"{name:>22}" for name in results)
    print(header)
    for kind in [*kinds, "ALL"]:
        line = f"{kind + ' (' + str(sum(1 for q in queries if kind in ('ALL', q['kind']))) + ')':16}"
        for rows in results.values():
            chosen = [r for r in rows if kind in ("ALL", r["kind"])]
            line += f"{mean(r['ndcg'] for r in chosen):>10.3f}/{mean(r['mrr'] for r in chosen):.2f}/{mean(r['recall'] for r in chosen):.2f}"
        print(line)
    if args.show_misses:
        base, final = results["bm25"], results["hybrid+thes+typo"]
        print("\nPer query (bm25 → final nDCG@10):")
        by_kind = defaultdict(list)
        for b, f in zip(base, final, strict=True):
            by_kind[b["kind"]].append((f["ndcg"] - b["ndcg"], b, f))
        for kind, items in sorted(by_kind.items()):
            for delta, b, f in sorted(items, key=lambda x: x[0]):
                mark = "LOSS" if delta < -0.01 else ("win " if delta > 0.01 else "    ")
                print(f"  {mark} {kind:14} {b['ndcg']:.2f} → {f['ndcg']:.2f}  {b['query']!r}  top: {f['top']}")


if __name__ == "__main__":
    main()
