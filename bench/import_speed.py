"""Import speed and the site's answers during a bulk import.

Usage: .venv/bin/python bench/import_speed.py [--rows 20000] [--database-url URL] [--no-vectors]

In a fresh data directory (SQLite unless ``--database-url`` names a PostgreSQL database), writes a
JSONL file of ``--rows`` generated published records (titles, summaries of about 80 words, topics,
countries, years, languages, publishers drawn from a pool of 200 organisations, authors), starts
``lantern serve``, then runs ``lantern import FILE --status published`` as a subprocess while a
client thread sends, one after the other, an API ``PATCH`` of one resource and an API ``GET`` of
it. Prints:
- the import's wall time and rows/s (process start included), its own CPU time (the machine may
  be shared: wall time then depends on the other work), and what it reports (records, vectors);
- the requests answered during the import: how many, how many failed (status >= 500 or no
  answer), the p50 and max latency of PATCH and of GET;
- how many of the imported records ``lantern search`` finds by a word every generated title has.

The import computes every record's semantic vector before it returns; ``--no-vectors`` runs it
with semantic search off (``LANTERN_SEARCH_SEMANTIC=false``), to time the writing alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANTERN = str(Path(sys.executable).with_name("lantern"))
sys.path.insert(0, str(REPO / "tests"))

WORDS = [
    "labour",
    "exploitation",
    "recruitment",
    "debt",
    "bondage",
    "survivors",
    "referral",
    "mechanism",
    "shelter",
    "identification",
    "prosecution",
    "victims",
    "migrants",
    "domestic",
    "servitude",
    "forced",
    "marriage",
    "supply",
    "chains",
    "fishing",
    "agriculture",
    "construction",
    "sexual",
    "online",
    "grooming",
    "border",
    "screening",
    "compensation",
    "reintegration",
    "hotline",
]


def records(count: int, vocab: dict, seed: int = 7):
    """``count`` canonical records, each with a title holding the word 'benchmarkrow'."""
    rng = random.Random(seed)
    publishers = [f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} Foundation {n}" for n in range(200)]
    for n in range(count):
        words = rng.sample(WORDS, 6)
        yield {
            "title": f"Benchmarkrow {n}: {' '.join(words).capitalize()}",
            "summary": " ".join(rng.choices(WORDS, k=80)).capitalize() + ".",
            "type": rng.choice(["report", "guidance", "research", "toolkit"]),
            "topics": rng.sample(vocab["topics"], min(rng.randint(1, 3), len(vocab["topics"]))),
            "countries": rng.sample(vocab["countries"], rng.randint(1, 3)),
            "languages": rng.choice([["en"], ["en"], ["en"], ["fr"], ["es"], ["en", "fr"]]),
            "publishers": rng.sample(publishers, rng.choice([1, 1, 1, 2])),
            "authors": [f"Author {rng.randrange(2000)}" for _ in range(rng.randint(0, 2))],
            "date": str(rng.randrange(2000, 2026)),
        }


def prepare(env: dict) -> tuple[str, str, dict]:
    """Migrate, make an editor with an API token and one resource to patch; returns (token, slug, vocab)."""
    script = (
        "import json\n"
        "from django.contrib.auth import get_user_model\n"
        "from lantern.api.models import ApiToken\n"
        "from lantern.catalog.models import Country, Resource, Topic\n"
        "user = get_user_model().objects.create_superuser('bench', 'bench@example.org', 'bench-pass-123')\n"
        "_, token = ApiToken.issue(user, 'bench')\n"
        "r = Resource.objects.create(title='Patched while importing', status='published')\n"
        "vocab = {'topics': list(Topic.objects.values_list('slug', flat=True)[:40]),\n"
        "         'countries': list(Country.objects.values_list('code', flat=True)[:60])}\n"
        "print(json.dumps({'token': token, 'slug': r.slug, 'vocab': vocab}))\n"
    )
    subprocess.run([LANTERN, "migrate", "--verbosity", "0"], env=env, check=True, capture_output=True)
    out = subprocess.run([LANTERN, "shell", "-c", script], env=env, check=True, capture_output=True, text=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return data["token"], data["slug"], data["vocab"]


class Client(threading.Thread):
    """PATCH then GET one resource, over and over, until told to stop; keeps (kind, seconds, status)."""

    def __init__(self, base: str, token: str, slug: str):
        super().__init__(daemon=True)
        self.url = f"{base}/api/v1/resources/{slug}"
        self.token = token
        self.stop = threading.Event()
        self.timings: list[tuple[str, float, int]] = []

    def ask(self, kind: str, data: bytes | None = None) -> None:
        request = urllib.request.Request(
            self.url,
            data=data,
            method=kind,
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                answer.read()
                status = answer.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except OSError:
            status = 0
        self.timings.append((kind, time.perf_counter() - started, status))

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            self.ask("PATCH", json.dumps({"summary": f"Edited during the import ({n})."}).encode())
            self.ask("GET")
            time.sleep(0.05)


def summary(timings: list[tuple[str, float, int]]) -> None:
    for kind in ("PATCH", "GET"):
        rows = [(s, status) for k, s, status in timings if k == kind]
        if not rows:
            continue
        seconds = [s for s, _ in rows]
        failed = sum(1 for _, status in rows if status == 0 or status >= 500)
        print(
            f"{kind:5} during the import: {len(rows)} requests, {failed} failed, "
            f"p50 {statistics.median(seconds) * 1000:.0f} ms, max {max(seconds) * 1000:.0f} ms"
        )


def _children_cpu() -> float:
    """User + system seconds of the child processes that have ended (here: the import)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--no-vectors", action="store_true", help="semantic search off: time the writing alone")
    args = parser.parse_args()
    from ops_support import serving

    with tempfile.TemporaryDirectory(prefix="lantern-import-bench-") as tmp:
        env = {
            **os.environ,
            "LANTERN_DATA_DIR": tmp,
            "LANTERN_API_RATE_LIMIT": "1000000",
            "LANTERN_TASKS_BACKEND": "database",
        }
        if args.database_url:
            env["DATABASE_URL"] = args.database_url
        if args.no_vectors:
            env["LANTERN_SEARCH_SEMANTIC"] = "false"
        token, slug, vocab = prepare(env)
        source = Path(tmp) / "rows.jsonl"
        with source.open("w") as out:
            for record in records(args.rows, vocab):
                out.write(json.dumps(record) + "\n")
        with serving(env) as base:
            client = Client(base, token, slug)
            client.ask("PATCH", b"{}")  # the server's first requests load what it keeps: not timed
            client.ask("GET")
            client.timings.clear()
            client.start()
            time.sleep(1)
            load = " ".join(f"{n:.1f}" for n in os.getloadavg())  # this machine may be shared
            started, cpu = time.perf_counter(), _children_cpu()
            done = subprocess.run(
                [LANTERN, "import", str(source), "--status", "published", "--json"],
                env=env,
                capture_output=True,
                text=True,
                cwd=tmp,
            )
            seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
            client.stop.set()
            client.join()
        report = json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}
        print(
            f"lantern import --status published of {args.rows} rows"
            f"{' (semantic search off)' if args.no_vectors else ''}: {seconds:.1f} s, "
            f"{args.rows / seconds:.0f} rows/s (exit {done.returncode}; load average before: {load})"
        )
        print(f"  the import's own CPU time: {cpu:.1f} s, {args.rows / cpu:.0f} rows per CPU second")
        print(
            f"  created {report.get('created')}, rejected {len(report.get('errors', []))}, "
            f"vectors computed {report.get('vectors', 0)}, likely duplicates reported {len(report.get('duplicates', []))}"
        )
        if done.returncode:
            print("\n".join(line for line in done.stderr.splitlines() if "lantern/" in line or "Error" in line)[-3000:])
        summary(client.timings)
        found = subprocess.run(
            [LANTERN, "search", "benchmarkrow", "--json", "--limit", "1"], env=env, capture_output=True, text=True
        )
        total = json.loads(found.stdout).get("total") if found.stdout.strip().startswith("{") else found.stderr[-300:]
        print(f"lantern search benchmarkrow finds {total} of {report.get('created')} imported records")


if __name__ == "__main__":
    main()
