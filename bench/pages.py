"""Server time and bytes per page type of the public site, on the demo hub.

Usage: .venv/bin/python bench/pages.py [--runs N]
Loads the demo hub into a temporary data directory (SQLite, or DATABASE_URL if set), then
requests every page type through Django's test client (the whole middleware stack, in
process, no network) and prints, per page type:

- new p50/p95: server time of a real render of a URL the page cache does not hold yet (the
  first visitor of that URL since the last change): a search page runs a different query each
  time (the 68 field queries of ``bench/queries/demo.jsonl`` in turn: keywords, questions,
  acronyms, typos, French, Spanish; so the query's embedding is computed each time too), other
  pages carry a parameter never seen before, ``?v=N``, which they ignore; storing the page is
  included;
- changed p50/p95: the same after a change to the catalogue (the version raised before each
  request, so the per-process copies of the vocabulary are read again too);
- cached p50/p95: server time when the page comes from the page cache (an anonymous visitor
  after someone else has seen the same URL since the last change);
- HTML KB: the page's HTML as the server sends it to a browser that accepts gzip (compressed),
  with its uncompressed size in brackets;
- first visit KB: that HTML plus the stylesheet, script and map outline it loads, each as
  transferred (gzip), i.e. what a first visit downloads (files a page links to aside).

Time is measured around ``client.get`` only, as wall-clock time, or with ``--clock cpu`` as this
process's CPU time (fairer on a machine busy with other work, where wall time includes waiting
for a core); bytes are bodies as sent (headers aside).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

PAGES = {
    "home": "/",
    "search": "/search/?q=forced+labour",
    "search (filters, grid)": "/search/?q=labour&type=report&view=grid",
    "search (all, page 2)": "/search/?page=2",
    "search (no result)": "/search/?q=zzqxjv",
    "resource": "/resources/nrm-first-responder-form-offline-prompt-sheet-2026/",
    "resource (superseded)": "/resources/tip-report-2023/",
    "organisation": "/organisations/home-office/",
    "collection": "/collections/covid-19/",
    "topic": "/topics/labour-exploitation/",
    "country": "/countries/GB/",
    "about": "/about/",
    "suggest": "/suggest/",
    "404": "/no-such-page/",
    "home (fr)": "/fr/",
}
SUBRESOURCE = re.compile(r'(?:href|src)="(/static/[^"]+)"')


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def decoded(response) -> bytes:
    data = body(response)
    return gzip.decompress(data) if response.get("Content-Encoding") == "gzip" else data


def percentiles(times: list[float]) -> tuple[float, float]:
    return statistics.median(times), statistics.quantiles(times, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = parser.parse_args()
    os.environ.setdefault("LANTERN_DATA_DIR", tempfile.mkdtemp(prefix="lantern-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "lantern.settings"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    import logging

    logging.disable(logging.WARNING)  # the 404 page type logs "Not Found" each run
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0)
    from lantern.public.warmup import warm_up

    warm_up()  # as `lantern serve` does when it starts
    try:
        from lantern.catalog.versions import bump
    except ImportError:  # before the catalogue's version lived in the catalogue
        try:
            from lantern.public.pagecache import bump
        except ImportError:  # before the page cache existed
            bump = None
    client = Client(HTTP_ACCEPT_ENCODING="gzip")
    static_bytes: dict[str, int] = {}

    def asset_size(path: str) -> int:
        if path not in static_bytes:
            static_bytes[path] = len(body(client.get(path)))
        return static_bytes[path]

    clock = time.perf_counter if args.clock == "wall" else time.process_time

    fresh = iter(range(10**9))
    run_id = int(time.time())
    lines = (Path(__file__).resolve().parent / "queries" / "demo.jsonl").read_text().splitlines()
    field_queries = [json.loads(line)["query"] for line in lines if line.strip()]

    def timed(url: str, mode: str) -> list[float]:
        times = []
        for _ in range(args.runs):
            target = url
            if mode == "changed" and bump:
                bump()
            elif mode == "new" and "q=" in url:
                number = next(fresh)
                text = f"zzqxjv{number}" if "zzqxjv" in url else field_queries[number % len(field_queries)]
                query = urllib.parse.quote_plus(text)
                target = re.sub(r"q=[^&]*", lambda _m, q=query: f"q={q}", url) + f"&v={run_id}-{number}"
            elif mode == "new":
                target = f"{url}{'&' if '?' in url else '?'}v={run_id}-{next(fresh)}"
            start = clock()
            client.get(target)
            times.append((clock() - start) * 1000)
        return times

    seconds = getattr(settings, "LANTERN_PAGE_CACHE_SECONDS", 0)
    print(
        f"page cache: {'on, ' + str(seconds) + ' s' if seconds and bump else 'off'}; bytes as transferred (gzip); {args.clock} time"
    )
    columns = ("new", "changed", "cached")
    header = f"{'page':<24} " + " ".join(f"{f'{c} p50':>11} {f'{c} p95':>11}" for c in columns)
    print(f"{header} {'HTML KB (raw)':>14} {'first visit KB':>15}")
    for name, url in PAGES.items():
        client.get(url)  # warm per-process caches (templates, vocabulary), as a running server has them
        new = percentiles(timed(url, "new"))
        changed = percentiles(timed(url, "changed"))
        client.get(url)  # the page cache now holds this URL
        cached = percentiles(timed(url, "cached"))
        response = client.get(url)
        sent, html = body(response), decoded(response)
        assets = set(SUBRESOURCE.findall(html.decode()))
        total = len(sent) + sum(asset_size(path) for path in assets)
        size = f"{len(sent) / 1024:.1f} ({len(html) / 1024:.1f})"
        times = " ".join(f"{value:11.1f}" for pair in (new, changed, cached) for value in pair)
        print(f"{name:<24} {times} {size:>14} {total / 1024:15.1f}")


if __name__ == "__main__":
    main()
