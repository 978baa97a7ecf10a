"""The site under load while bulk work runs: concurrent visitors on two web processes, a worker
ingesting documents and an import writing records, all on one database.

    .venv/bin/python bench/load.py [--visitors 50] [--seconds 60] [--web 2] [--import-rows 2000]
    .venv/bin/python scripts/with_postgres.py .venv/bin/python bench/load.py     # PostgreSQL

In a new data directory (and, on PostgreSQL, a new database on the server DATABASE_URL names,
dropped at the end) it loads the demo hub with ``lantern demo``, starts ``--web`` ``lantern serve``
processes and one ``lantern worker``, then, at the same time:
- ``--visitors`` client threads, each going round the pages a visitor asks for, for ``--seconds``:
  home, search (a different query of the field each time, with a filter one time in three), a
  resource page, a feed, the API's search and a resource's record, spread over the web
  processes. With ``--think T`` a visitor reads each page for a random 0.5 T to 1.5 T seconds
  before asking for the next, as people do, and arrives within the first T seconds; without it (the default) it asks at once, which
  measures the most the servers can take rather than a number of people;
- ``lantern ingest`` of the real PDFs in ../shared/corpus/ (queued, read by the worker);
- ``lantern import`` of ``--import-rows`` generated published records.
Visitors start once every web process has answered a search (a hub is warm most of its life:
the embedding model loads in the first seconds after a start). Prints, per page type: requests,
errors (status >= 500 or no answer), p50 / p95 / p99 in ms; and the import's rows per second. Pages are served as to visitors (the page cache on); the
API's rate limit is raised for the run, since every visitor here comes from one address.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANTERN = str(Path(sys.executable).with_name("lantern"))
CORPUS = REPO.parent / "shared" / "corpus"
QUERIES = [
    "forced labour",
    "modern slavery",
    "trafficking victims",
    "supply chains",
    "national referral mechanism",
    "child exploitation",
    "domestic workers",
    "debt bondage",
    "fishing",
    "sexual exploitation",
    "NRM",
    "labour inspection",
    "survivor support",
    "trata de personas",
    "traite des êtres humains",
    "hotel staff",
    "recruitment fees",
    "county lines",
    "statutory guidance",
    "identification indicators",
]
FILTERS = ["type=report", "country=GB", "topic=labour-exploitation", "language=en", "year=2015..2024"]


def percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


class Visitors:
    def __init__(self, ports: list[int], slugs: list[str], feeds: list[str], think: float = 0.0):
        self.ports, self.slugs, self.feeds, self.think = ports, slugs, feeds, think
        self.times: dict[str, list[float]] = defaultdict(list)
        self.moments: list[tuple[float, float]] = []  # (asked at, ms) of every request
        self.errors: dict[str, int] = defaultdict(int)
        self.lock = threading.Lock()

    def path(self, kind: str, rng: random.Random) -> str:
        query = urllib.parse.quote_plus(rng.choice(QUERIES))
        extra = f"&{rng.choice(FILTERS)}" if rng.random() < 1 / 3 else ""
        return {
            "home": "/",
            "search": f"/search/?q={query}{extra}&n={rng.randrange(10**9)}",
            "resource": f"/resources/{rng.choice(self.slugs)}/",
            "feed": rng.choice(self.feeds),
            "api search": f"/api/v1/search?q={query}{extra}",
            "api resource": f"/api/v1/resources/{rng.choice(self.slugs)}",
        }[kind]

    def visit(self, seed: int, until: float) -> None:
        rng = random.Random(seed)
        kinds = ["home", "search", "search", "resource", "resource", "feed", "api search", "api resource"]
        time.sleep(rng.uniform(0, self.think))  # people arrive one by one, not all in the same instant
        while time.monotonic() < until:
            kind = rng.choice(kinds)
            url = f"http://127.0.0.1:{rng.choice(self.ports)}{self.path(kind, rng)}"
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as answer:  # noqa: S310 - our own server
                    answer.read()
                    failed = answer.status >= 500
            except urllib.error.HTTPError as exc:
                failed = exc.code >= 500
            except OSError:
                failed = True
            elapsed = (time.perf_counter() - started) * 1000
            with self.lock:
                self.times[kind].append(elapsed)
                self.moments.append((started, elapsed))
                if failed:
                    self.errors[kind] += 1
            if self.think:
                time.sleep(min(rng.uniform(0.5, 1.5) * self.think, max(0.0, until - time.monotonic())))

    def report(self, seconds: float, bulk: tuple[float, float]) -> None:
        count = sum(len(times) for times in self.times.values())
        print(f"{count / seconds:.0f} pages a second answered")
        during = sorted(ms for at, ms in self.moments if bulk[0] <= at < bulk[1])
        after = sorted(ms for at, ms in self.moments if at >= bulk[1])
        for name, times in (("while ingest and import ran", during), ("after the import", after)):
            if times:
                print(
                    f"  {name}: {len(times)} requests, p50 {statistics.median(times):.1f}, p95 {percentile(times, 0.95):.1f} ms"
                )
        print(f"{'page':14} {'requests':>8} {'errors':>6} {'p50':>7} {'p95':>7} {'p99':>7}  ms")
        every: list[float] = []
        for kind in sorted(self.times):
            ordered = sorted(self.times[kind])
            every += ordered
            print(
                f"{kind:14} {len(ordered):8} {self.errors[kind]:6} {statistics.median(ordered):7.1f}"
                f" {percentile(ordered, 0.95):7.1f} {percentile(ordered, 0.99):7.1f}"
            )
        every.sort()
        print(
            f"{'all':14} {len(every):8} {sum(self.errors.values()):6} {statistics.median(every):7.1f}"
            f" {percentile(every, 0.95):7.1f} {percentile(every, 0.99):7.1f}"
        )


def records(count: int) -> str:
    rng = random.Random(11)
    words = [
        "labour",
        "exploitation",
        "recruitment",
        "debt",
        "survivors",
        "referral",
        "shelter",
        "victims",
        "migrants",
        "supply",
        "chains",
    ]
    lines = []
    for n in range(count):
        title = f"Load test record {n}: " + " ".join(rng.sample(words, 5))
        summary = " ".join(rng.choices(words, k=40)).capitalize() + "."
        lines.append(json.dumps({"title": title, "summary": summary, "type": "report", "status": "published"}))
    return "\n".join(lines) + "\n"


def wait_until_up(port: int, deadline: float = 120) -> None:
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5):  # noqa: S310
                return
        except urllib.error.HTTPError:
            return  # answering (503 while the worker has not started: fine)
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"lantern serve on port {port} did not answer")


def warm(port: int) -> None:
    """One search, which waits for the web process's embedding model to load."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/search/?q=warm", timeout=120) as answer:  # noqa: S310
        answer.read()


def new_database(env: dict) -> str:
    """On PostgreSQL, a database of its own (dropped at the end); nothing on SQLite."""
    url = env.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return ""
    import psycopg

    name = f"lantern_load_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    env["DATABASE_URL"] = urllib.parse.urlsplit(url)._replace(path=f"/{name}").geturl()
    return name


def drop_database(url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def sample_paths(env: dict) -> tuple[list[str], list[str]]:
    out = subprocess.run(  # noqa: S603
        [LANTERN, "export", "-", "--format", "jsonl", "--published-only"], env=env, capture_output=True, text=True
    )
    slugs = [json.loads(line)["slug"] for line in out.stdout.splitlines() if line.strip()]
    return slugs, ["/feeds/new.rss", "/feeds/countries/GB.atom", "/feeds/search.rss?q=forced+labour"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--web", type=int, default=2)
    parser.add_argument("--import-rows", type=int, default=2000)
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds a visitor reads a page (default 0)")
    args = parser.parse_args()
    env = {**os.environ, "LANTERN_DATA_DIR": tempfile.mkdtemp(prefix="lantern-load-")}
    env["LANTERN_API_RATE_LIMIT"] = "1000000"
    server_url = env.get("DATABASE_URL", "")
    database = new_database(env)
    processes: list[subprocess.Popen] = []
    try:
        subprocess.run([LANTERN, "demo"], env=env, check=True, capture_output=True)  # noqa: S603
        slugs, feeds = sample_paths(env)
        ports = [8700 + n for n in range(args.web)]
        for port in ports:
            processes.append(subprocess.Popen([LANTERN, "serve", "--port", str(port)], env=env))  # noqa: S603
        processes.append(subprocess.Popen([LANTERN, "worker"], env=env, stdout=subprocess.DEVNULL))  # noqa: S603
        for port in ports:
            wait_until_up(port)
            warm(port)
        pdfs = sorted(str(p) for p in CORPUS.rglob("*.pdf"))
        jsonl = Path(env["LANTERN_DATA_DIR"]) / "load.jsonl"
        jsonl.write_text(records(args.import_rows), encoding="utf-8")
        visitors = Visitors(ports, slugs, feeds, args.think)
        until = time.monotonic() + args.seconds
        threads = [threading.Thread(target=visitors.visit, args=(n, until)) for n in range(args.visitors)]
        for thread in threads:
            thread.start()
        bulk_started = time.perf_counter()
        if pdfs:
            subprocess.run([LANTERN, "ingest", *pdfs], env=env, capture_output=True)  # noqa: S603
        started = time.perf_counter()
        imported = subprocess.run([LANTERN, "import", str(jsonl)], env=env, capture_output=True, text=True)  # noqa: S603
        import_seconds = time.perf_counter() - started
        for thread in threads:
            thread.join()
        engine = "PostgreSQL" if database else "SQLite"
        print(
            f"{engine}, {args.web} web processes, 1 worker ingesting {len(pdfs)} PDFs, {args.visitors} visitors "
            f"for {args.seconds:.0f} s{f' reading each page {args.think:g} s on average' if args.think else ' without pause'}; lantern import of {args.import_rows} rows: {import_seconds:.1f} s "
            f"({args.import_rows / import_seconds:.0f} rows/s, exit {imported.returncode})"
        )
        visitors.report(args.seconds, (bulk_started, started + import_seconds))
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        if database:
            drop_database(server_url, database)


if __name__ == "__main__":
    main()
