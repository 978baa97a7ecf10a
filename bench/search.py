"""Search speed at scale: a synthetic hub of N resources (~600 words each), timed three ways.

    .venv/bin/python bench/search.py [--n 100000] [--data-dir DIR] [--queries 200]
    .venv/bin/python scripts/with_postgres.py .venv/bin/python bench/search.py --n 100000   # PostgreSQL
    LANTERN_SEARCH_ENGINE=database .venv/bin/python bench/search.py ...   # without the tantivy index

Builds the hub once per data directory (bulk insert, then ``index.rebuild()``, timed), then
prints p50/p95/p99 in ms, one query at a time, for:
  * the entry point ``lantern.search.service.search`` (search + facets, lexical + thesaurus +
    typos; semantic search is off here because synthetic text has no meaning; its cost is
    measured separately below as query embedding + exact numpy search over N vectors);
  * the raw engine query (top-10 by rank) on the same data;
  * the whole search page over HTTP (a ``lantern serve`` process, urllib client here).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS_PER_DOC = 600
VOCABULARY = 50_000


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)

    def at(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    return f"p50 {statistics.median(ordered):7.1f}  p95 {at(0.95):7.1f}  p99 {at(0.99):7.1f} ms"


def vocabulary(rng: random.Random) -> list[str]:
    """Real words of the field (from the demo hub) first, then made-up pronounceable ones."""
    text = (REPO / "lantern/ingest/demo/resources.jsonl").read_text(encoding="utf-8").lower()
    words = list(dict.fromkeys(w for w in re.findall(r"[a-z]{3,}", text)))
    syllables = [c + v for c in "bcdfghjklmnprstvwz" for v in "aeiou"]
    seen = set(words)
    while len(words) < VOCABULARY:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def build(n: int, rng: random.Random) -> float:
    import numpy as np
    from django.db import transaction

    from lantern.catalog.models import Country, Language, Organisation, Resource, ResourcePublisher, Topic
    from lantern.search import index

    words = vocabulary(rng)
    weights = 1 / np.arange(1, len(words) + 1) ** 1.07
    weights /= weights.sum()
    nprng = np.random.default_rng(1)
    topics = list(Topic.objects.values_list("id", flat=True))
    countries = list(Country.objects.values_list("code", flat=True))
    languages = [code for code in ("en", "fr", "es") if Language.objects.filter(code=code).exists()]
    orgs = [Organisation.objects.get_or_create(name=f"Publisher {i}")[0].id for i in range(200)]
    types = [t for t, _ in Resource.Type.choices]
    started = time.perf_counter()
    batch = 2000
    with transaction.atomic():
        for start in range(0, n, batch):
            size = min(batch, n - start)
            drawn = nprng.choice(len(words), size=(size, WORDS_PER_DOC), p=weights)
            rows = []
            for i in range(size):
                text = [words[j] for j in drawn[i]]
                rows.append(
                    Resource(
                        title=" ".join(text[:8]).capitalize(),
                        slug=f"synthetic-{start + i}",
                        teaser=" ".join(text[8:30]),
                        summary=" ".join(text[30:100]),
                        description="<p>" + " ".join(text[100:]) + "</p>",
                        type=rng.choice(types),
                        status=Resource.Status.PUBLISHED,
                        published_date=dt.date(rng.randint(2000, 2026), rng.randint(1, 12), 1),
                        date_precision="month",
                        provenance="import",
                    )
                )
            created = Resource.objects.bulk_create(rows)
            Resource.topics.through.objects.bulk_create(
                Resource.topics.through(resource_id=r.id, topic_id=t)
                for r in created
                for t in rng.sample(topics, rng.randint(1, 3))
            )
            Resource.countries.through.objects.bulk_create(
                Resource.countries.through(resource_id=r.id, country_id=c)
                for r in created
                for c in rng.sample(countries, rng.randint(1, 2))
            )
            Resource.languages.through.objects.bulk_create(
                Resource.languages.through(resource_id=r.id, language_id=rng.choice(languages)) for r in created
            )
            ResourcePublisher.objects.bulk_create(
                ResourcePublisher(resource_id=r.id, organisation_id=rng.choice(orgs)) for r in created
            )
            print(f"  inserted {start + size}/{n}", end="\r", flush=True)
    inserted = time.perf_counter() - started
    print(f"\ninsert: {inserted:.1f} s")
    started = time.perf_counter()
    index.rebuild(progress=lambda c: print(f"  indexed {c}/{n}", end="\r", flush=True))
    print(f"\nindex.rebuild: {time.perf_counter() - started:.1f} s")
    return inserted


def make_queries(count: int, rng: random.Random) -> list[str]:
    from lantern.search.models import SearchTerm

    terms = list(SearchTerm.objects.order_by("-documents").values_list("word", flat=True)[:20000])
    queries = []
    for _ in range(count):
        size = rng.choice([1, 1, 2, 2, 3])
        # Mostly mid-frequency words, some very common: the tail comes from the common ones.
        queries.append(
            " ".join(rng.choice(terms[:200] if rng.random() < 0.2 else terms[200:5000]) for _ in range(size))
        )
    return queries


def raw_sql_engine(query: str) -> None:
    """The database's own engine alone (FTS5 or PostgreSQL): every match ranked, top 10."""
    from django.db import connection

    from lantern.lib.query import parse
    from lantern.search.backends import database_backend

    sql, params = database_backend().rank_sql(parse(query))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, score FROM ({sql}) s ORDER BY score DESC LIMIT 10", params)
        cursor.fetchall()


def raw_tantivy(query: str, facets: bool = False) -> None:
    """The embedded engine alone: the query compiled, top 10 by rank (and the seven facet counts)."""
    from lantern.lib.query import parse
    from lantern.search import engine
    from lantern.search.backends.tantivy import Compiler

    current = engine.handle()
    searcher = current.resources.searcher()
    compiled = Compiler(current).text(parse(query))
    searcher.search(compiled, limit=10, count=True)
    if facets:
        fields = ("type", "topic", "region", "country", "year", "publisher", "language")
        searcher.aggregate(compiled, {f: {"terms": {"field": f, "size": 100}} for f in fields})


def timed(function, queries) -> list[float]:
    samples = []
    for query in queries:
        started = time.perf_counter()
        function(query)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def http_samples(queries) -> list[float]:
    """The search page from a separate ``lantern serve`` process (as in use: the client here
    does not share the server's interpreter), a fresh query each time."""
    import socket
    import subprocess

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [str(Path(sys.executable).parent / "lantern"), "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=os.environ.copy(), stdout=subprocess.DEVNULL)  # noqa: S603

    def fetch(query: str) -> None:
        url = f"http://127.0.0.1:{port}/search/?q={urllib.parse.quote(query)}"
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - our own local server
            response.read()

    try:
        for _ in range(600):  # up to a minute to start
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/about/", timeout=2).close()  # noqa: S310
                break
            except OSError:
                time.sleep(0.1)
        time.sleep(3)  # the server's warm-up (models, URL patterns, templates) runs as it starts
        for query in queries[:10]:
            fetch(query + " warm")
        return timed(fetch, queries)
    finally:
        server.terminate()
        server.wait(timeout=30)


def semantic_cost(n: int, queries) -> None:
    import numpy as np

    from lantern.search import semantic

    matrix = np.random.default_rng(0).standard_normal((n, semantic.DIMENSIONS)).astype(np.float32)
    semantic.encode(["warm up"])
    embed = timed(lambda q: semantic.encode([q]), queries[:50])
    vector = semantic.encode(["forced labour"])[0]
    scan = timed(lambda q: np.argpartition(-(matrix @ vector), 10)[:10], queries[:50])
    print(f"semantic: query embedding {percentiles(embed)}")
    print(f"semantic: exact search over {n} vectors {percentiles(scan)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--data-dir", help="reuse this data directory (built if empty)")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--skip-semantic", action="store_true")
    args = parser.parse_args()
    os.environ["LANTERN_DATA_DIR"] = args.data_dir or tempfile.mkdtemp(prefix="lantern-bench-")
    os.environ["LANTERN_SEARCH_SEMANTIC"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from lantern.catalog.models import Resource
    from lantern.search import engine
    from lantern.search.service import search

    call_command("migrate", verbosity=0)
    rng = random.Random(7)
    have = Resource.objects.published().count()
    print(f"database: {connection.vendor}; {have} published resources")
    if have < args.n:
        build(args.n - have, rng)
    print(f"search engine: {settings.LANTERN_SEARCH_ENGINE}")
    if engine.enabled():
        started = time.perf_counter()
        engine.handle()  # builds the index if this data directory has none yet
        print(f"engine ready (built from the database if new): {time.perf_counter() - started:.1f} s")
    queries = make_queries(args.queries, rng)
    for query in queries[:10]:  # warm caches
        search(query)
    print(f"{len(queries)} queries of 1-3 words, one at a time, warm caches")
    print(f"entry point, search + facets:  {percentiles(timed(lambda q: search(q), queries))}")
    print(f"entry point, search only:      {percentiles(timed(lambda q: search(q, with_facets=False), queries))}")
    print(f"raw database engine top-10:    {percentiles(timed(raw_sql_engine, queries))}")
    if engine.enabled():
        print(f"raw tantivy top-10 + count:    {percentiles(timed(raw_tantivy, queries))}")
        print(f"raw tantivy + 7 facet counts:  {percentiles(timed(lambda q: raw_tantivy(q, True), queries))}")
    if not args.skip_http:
        print(f"HTTP search page:              {percentiles(http_samples(queries))}")
    if not args.skip_semantic:
        semantic_cost(args.n, queries)


if __name__ == "__main__":
    main()
