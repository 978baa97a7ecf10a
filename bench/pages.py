"""Server time and bytes per page type of the public site, on the demo hub.

Usage: .venv/bin/python bench/pages.py [--runs N]
Loads the demo hub into a temporary data directory (SQLite, or DATABASE_URL if set), then
requests every page type through Django's test client (the whole middleware stack, in
process, no network) and prints, per page type: server time p50/p95 in milliseconds, the
page's HTML bytes, and the bytes a first visit transfers (HTML plus the stylesheet, script
and map outline it loads, as served: gzip where the server has a gzip copy).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
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
    "404": "/no-such-page/",
    "home (fr)": "/fr/",
}
SUBRESOURCE = re.compile(r'(?:href|src)="(/static/[^"]+)"')


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("LANTERN_DATA_DIR", tempfile.mkdtemp(prefix="lantern-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "lantern.settings"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    import logging

    logging.disable(logging.WARNING)  # the 404 page type logs "Not Found" each run
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0)
    client = Client(HTTP_ACCEPT_ENCODING="gzip")
    static_bytes: dict[str, int] = {}

    def asset_size(path: str) -> int:
        if path not in static_bytes:
            response = client.get(path)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            static_bytes[path] = len(body)
        return static_bytes[path]

    print(f"{'page':<24} {'p50 ms':>7} {'p95 ms':>7} {'HTML KB':>8} {'first visit KB':>15}")
    for name, url in PAGES.items():
        client.get(url)  # warm caches, as a running server has them
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        html = response.content
        assets = set(SUBRESOURCE.findall(html.decode()))
        total = len(html) + sum(asset_size(path) for path in assets)
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"{name:<24} {statistics.median(times):7.1f} {p95:7.1f} {len(html) / 1024:8.1f} {total / 1024:15.1f}")


if __name__ == "__main__":
    main()
