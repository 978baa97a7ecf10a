"""Search latency on the demo hub: the entry point in-process, and `lantern search` as a command.

Usage: .venv/bin/python bench/search_demo.py [--runs N]
Loads the demo hub into a temporary data directory (SQLite, or DATABASE_URL if set), then
prints p50/p95/max in milliseconds for search + facets through `lantern.search.service.search`
and for whole `lantern search QUERY --json` processes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERIES = [
    "",
    "forced labour",
    "NRM",
    "national referral mechanism",
    "trata de personas",
    "supply chain due diligence",
    "hotel",
    "child trafficking",
    '"modern slavery act"',
    "annual report 2019",
    "covid survivors",
    "type:legislation",
    "labor exploitation agriculture",
    "statistics -polaris",
    "country:GB year:2017..2020",
    "traite des êtres humains",
    "domestic servitude",
    "county lines",
    "fishing OR seafood",
    "identification indicators",
]


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def report(name: str, samples: list[float]) -> None:
    print(
        f"{name:<44} n={len(samples):<4} p50={percentile(samples, 50):7.1f} ms  "
        f"p95={percentile(samples, 95):7.1f} ms  max={max(samples):7.1f} ms  mean={statistics.mean(samples):6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10, help="passes over the query set in-process")
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="lantern-bench-")
    os.environ["LANTERN_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    lantern = str(Path(sys.executable).with_name("lantern"))
    subprocess.run([lantern, "demo", "--verbosity", "0"], check=True)

    import django

    django.setup()
    from django.db import connection

    from lantern.search.service import search

    search("warm up")
    with_facets, without = [], []
    for _ in range(args.runs):
        for query in QUERIES:
            start = time.perf_counter()
            search(query)
            with_facets.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            search(query, with_facets=False)
            without.append((time.perf_counter() - start) * 1000)
    print(f"demo hub on {connection.vendor}, {len(QUERIES)} queries × {args.runs} runs")
    report("search() top-20 + 7 facets", with_facets)
    report("search() top-20, no facets", without)

    process = []
    for query in QUERIES:
        start = time.perf_counter()
        subprocess.run([lantern, "search", query, "--json"], check=True, capture_output=True)
        process.append((time.perf_counter() - start) * 1000)
    report("`lantern search QUERY --json` (whole process)", process)


if __name__ == "__main__":
    main()
