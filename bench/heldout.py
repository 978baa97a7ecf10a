"""Search relevance on a collection the ranking was never tuned on, measured as a new hub would.

    .venv/bin/python bench/heldout.py [--half tune|report|all] [--engine tantivy|database] [--show-queries]
    .venv/bin/python bench/heldout.py --pool 20 > /tmp/pool.jsonl   # candidates for judging

The collection (bench/data/search-heldout/resources-*.jsonl: 320 real publications of the field,
described in our own words) and its queries and graded judgements (queries.jsonl, qrels.jsonl)
were written by a helper who had not read the ranking code. Each query belongs to a half: tune
on "tune", report on "report" (a change that helps one half and hurts the other is not taken).

The documented path, nothing in between: `lantern import --status published` into a new data
directory, then `lantern search --json --limit 10 --queries FILE`. The baseline is plain BM25:
SQLite FTS5 over title, summary and publishers, the query's words OR-ed, the title weighted 3x
(what a hand-made hub would do with a full-text index). Prints nDCG@10, MRR and recall@10 per
kind of query for both, on the chosen half.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "bench" / "data" / "search-heldout"
LANTERN = str(Path(sys.executable).with_name("lantern"))


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def collection() -> list[dict]:
    return [row for path in sorted(DATA.glob("resources-*.jsonl")) for row in load_jsonl(path)]


def judgements() -> tuple[list[dict], dict[str, dict[str, int]]]:
    queries = load_jsonl(DATA / "queries.jsonl")
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    for row in load_jsonl(DATA / "qrels.jsonl"):
        qrels[row["query"]][row["slug"]] = int(row["grade"])
    return queries, qrels


def lantern_rankings(
    queries: list[dict], engine: str, limit: int, data_dir: str = ""
) -> tuple[dict[str, list[str]], dict]:
    """Import the collection with the documented command, then search every query at once.
    With ``data_dir`` (for tuning only), a directory imported before is searched again as it is."""
    reuse = bool(data_dir) and (Path(data_dir) / "collection.jsonl").exists()
    data_dir = data_dir or tempfile.mkdtemp(prefix="lantern-heldout-")
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "LANTERN_DATA_DIR": data_dir, "LANTERN_SEARCH_ENGINE": engine}
    env.pop("DATABASE_URL", None)
    rows = collection()
    source = Path(data_dir) / "collection.jsonl"
    started = time.perf_counter()
    if not reuse:
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        done = subprocess.run(  # noqa: S603
            [LANTERN, "import", str(source), "--status", "published", "--json"], env=env, capture_output=True, text=True
        )
        if done.returncode not in (0, 1):
            raise SystemExit(f"lantern import failed:\n{done.stderr[-3000:]}")
    imported = time.perf_counter() - started
    query_file = Path(data_dir) / "queries.txt"
    query_file.write_text("".join(q["query"] + "\n" for q in queries), encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603
        [LANTERN, "search", "--json", "--limit", str(limit), "--queries", str(query_file)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    searched = time.perf_counter() - started
    answers = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    by_text = {a["query"]: [r["slug"] for r in a["results"]] for a in answers}
    timing = {"import_s": imported, "search_s": searched, "records": len(rows)}
    return {q["id"]: by_text.get(q["query"], []) for q in queries}, timing


_WORD = re.compile(r"\w+", re.UNICODE)


def bm25_rankings(queries: list[dict], limit: int) -> dict[str, list[str]]:
    """Plain BM25: FTS5 over title, summary and publishers, words OR-ed, title weighted 3x."""
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE r USING fts5(slug UNINDEXED, title, summary, publishers, tokenize='unicode61 remove_diacritics 2')"
    )
    for row in collection():
        db.execute(
            "INSERT INTO r VALUES (?, ?, ?, ?)",
            (row["slug"], row.get("title", ""), row.get("summary", ""), " ".join(row.get("publishers") or [])),
        )
    result = {}
    for query in queries:
        words = _WORD.findall(query["query"].lower())
        if not words:
            result[query["id"]] = []
            continue
        match = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
        found = db.execute(
            "SELECT slug FROM r WHERE r MATCH ? ORDER BY bm25(r, 0, 3.0, 1.0, 1.0) LIMIT ?", (match, limit)
        ).fetchall()
        result[query["id"]] = [slug for (slug,) in found]
    return result


def dcg(grades: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def scores(ranked: list[str], wanted: dict[str, int]) -> dict[str, float]:
    ideal = dcg(sorted(wanted.values(), reverse=True)[:10]) or 1.0
    grades = [wanted.get(slug, 0) for slug in ranked[:10]]
    relevant = {s for s, g in wanted.items() if g >= 1}
    first = next((i for i, slug in enumerate(ranked[:10]) if wanted.get(slug, 0) >= 2), None)
    return {
        "ndcg": dcg(grades) / ideal,
        "mrr": 0.0 if first is None else 1.0 / (first + 1),
        "recall": len(relevant & set(ranked[:10])) / max(1, min(10, len(relevant))),
    }


def table(name: str, queries: list[dict], rankings: dict[str, list[str]], qrels) -> dict[str, dict]:
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for query in queries:
        result = scores(rankings[query["id"]], qrels[query["id"]])
        by_kind[query["kind"]].append(result)
        by_kind["all"].append(result)
    return {
        kind: {m: sum(r[m] for r in rs) / len(rs) for m in ("ndcg", "mrr", "recall")} | {"n": len(rs)}
        for kind, rs in by_kind.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "report", "all"), default="tune")
    parser.add_argument("--engine", choices=("tantivy", "database"), default="tantivy")
    parser.add_argument("--show-queries", action="store_true", help="each query's nDCG@10, BM25 and Lantern")
    parser.add_argument("--pool", type=int, default=0, help="print the top N of both rankers per query, for judging")
    parser.add_argument("--data-dir", default="", help="tuning only: import once into DIR, then reuse it")
    args = parser.parse_args()
    queries, qrels = judgements()
    if args.half != "all":
        queries = [q for q in queries if q.get("half") == args.half]
    limit = max(10, args.pool)
    bm25 = bm25_rankings(queries, limit)
    lantern, timing = lantern_rankings(queries, args.engine, min(100, limit), args.data_dir)
    if args.pool:
        for query in queries:
            pooled = dict.fromkeys(bm25[query["id"]][: args.pool] + lantern[query["id"]][: args.pool])
            unjudged = [slug for slug in pooled if slug not in qrels[query["id"]]]
            print(json.dumps({"query": query["id"], "text": query["query"], "unjudged": unjudged}, ensure_ascii=False))
        return
    print(
        f"{timing['records']} records imported in {timing['import_s']:.1f} s; "
        f"{len(queries)} queries ({args.half} half) searched in {timing['search_s']:.1f} s; engine {args.engine}"
    )
    base, ours = table("bm25", queries, bm25, qrels), table("lantern", queries, lantern, qrels)
    print(f"{'kind':<12} {'n':>3}   {'BM25-OR nDCG/MRR/R@10':<24} {'Lantern nDCG/MRR/R@10':<24} delta")
    for kind in sorted(base, key=lambda k: (k == "all", k)):
        b, o = base[kind], ours[kind]
        print(
            f"{kind:<12} {b['n']:>3}   {b['ndcg']:.3f} / {b['mrr']:.2f} / {b['recall']:.2f}       "
            f"{o['ndcg']:.3f} / {o['mrr']:.2f} / {o['recall']:.2f}       {o['ndcg'] - b['ndcg']:+.3f}"
        )
    hard = [q for q in queries if scores(bm25[q["id"]], qrels[q["id"]])["ndcg"] < 0.8]
    if hard:
        b, o = table("bm25", hard, bm25, qrels)["all"], table("lantern", hard, lantern, qrels)["all"]
        print(
            f"{'hard':<12} {len(hard):>3}   {b['ndcg']:.3f} / {b['mrr']:.2f} / {b['recall']:.2f}       "
            f"{o['ndcg']:.3f} / {o['mrr']:.2f} / {o['recall']:.2f}       {o['ndcg'] - b['ndcg']:+.3f}"
            "   (queries where BM25-OR is below 0.8)"
        )
    worse = [
        q
        for q in queries
        if scores(lantern[q["id"]], qrels[q["id"]])["ndcg"] < scores(bm25[q["id"]], qrels[q["id"]])["ndcg"] - 0.1
    ]
    print(f"queries where Lantern is more than 0.1 below BM25: {len(worse)} of {len(queries)}")
    if args.show_queries:
        for q in queries:
            b, o = scores(bm25[q["id"]], qrels[q["id"]])["ndcg"], scores(lantern[q["id"]], qrels[q["id"]])["ndcg"]
            print(f"{q['id']} {q['kind']:<11} bm25 {b:.2f} lantern {o:.2f}  {q['query']}")


if __name__ == "__main__":
    main()
