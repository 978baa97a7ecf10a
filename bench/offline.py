"""The offline copy (``lantern export-site``): size, build and rebuild times, search and first view.

    .venv/bin/python bench/offline.py                      # the demo hub (a real `lantern demo`)
    .venv/bin/python bench/offline.py --scale 10000        # a synthetic hub of N resources, --files none
    .venv/bin/python bench/offline.py --browser-only DIR   # the browser half on a copy already made

The demo run loads the demo hub into a throwaway data directory with ``lantern demo`` and then,
each with a real ``lantern export-site`` process:
  1. builds the copy and prints its size on disk, its file count and the build time;
  2. builds it again on the same folder (nothing changed), then changes one resource's title and
     builds again, printing the time and which files were rewritten (by file modification time);
  3. checks ``--max-size`` (a copy over the limit is refused and nothing is written) and ``--zip``;
  4. opens the copy in Debian's Chromium (launched as tests/browser/conftest.py does) from
     ``file://`` and over a local ``python -m http.server``: bytes and requests of a first view of
     the home page, and the time from pressing Enter in the search box until the results show,
     median of 5 queries, each in a fresh browser context (nothing cached) and then one after the
     other in the same page.
The ``--scale`` run generates the resources as bench/search.py does (same generator, semantic
search off), builds the copy with ``--files none`` and runs step 4 on it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO = Path(__file__).resolve().parent.parent
LANTERN = str(Path(sys.executable).with_name("lantern"))
QUERIES = ["forced labour", "referral", "children", "fishing", "domestic servitude"]
MANIFEST = ".lantern-copy.json"


def hub_env(data_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env["LANTERN_DATA_DIR"] = data_dir
    return env


def lantern(env: dict, *args: str, check: bool = True) -> tuple[subprocess.CompletedProcess, float]:
    started = time.perf_counter()
    done = subprocess.run([LANTERN, *args], env=env, cwd=REPO, capture_output=True, text=True, check=False)  # noqa: S603
    seconds = time.perf_counter() - started
    if check and done.returncode != 0:
        sys.exit(f"lantern {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done, seconds


def disk(root: Path) -> tuple[int, int, int]:
    """(bytes of the files, bytes of disk blocks they use, number of files)."""
    files = [p for p in root.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), sum(p.stat().st_blocks * 512 for p in files), len(files)


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def rewritten(before: dict[str, int], after: dict[str, int]) -> list[str]:
    return sorted(n for n in after if n != MANIFEST and before.get(n) != after[n])


def kinds(names: list[str]) -> str:
    """Rewritten files counted by what they are (a resource's pages, directories, indexes…)."""

    def kind(name: str) -> str:
        parts = name.split("/")
        if parts[0] in {"fr", "es"}:
            parts = parts[1:]
        if parts[0] in {"pagefind", "search-index", "feeds", "static"}:
            return parts[0] if len(parts) < 3 else f"{parts[0]}/{parts[1]}"
        return parts[0] if len(parts) > 1 else "home and top-level pages"

    return ", ".join(f"{kind} {count}" for kind, count in Counter(kind(n) for n in names).most_common())


def summary(label: str, copy: Path, seconds: float) -> None:
    size, blocks, count = disk(copy)
    print(f"{label}: {count} files, {mb(size)} ({size} bytes; {mb(blocks)} of disk blocks), built in {seconds:.1f} s")


# --- 1-3: the demo hub ------------------------------------------------------------------------------
RENAME = """
import django
django.setup()
from lantern.catalog.models import Resource
r = Resource.objects.published().filter(attachments__isnull=False, languages__code="en").order_by("id").first()
r.title = r.title + " (revised)"
r.save()
print(r.slug)
"""


def demo(workdir: Path) -> Path:
    env = hub_env(str(workdir / "data"))
    _done, seconds = lantern(env, "demo")
    print(f"lantern demo: {seconds:.1f} s")
    copy = workdir / "copy"
    done, seconds = lantern(env, "export-site", str(copy))
    print(done.stdout.splitlines()[0])
    summary("1. demo hub copy", copy, seconds)

    before = mtimes(copy)
    done, seconds = lantern(env, "export-site", str(copy))
    print(f"2. again, nothing changed: {seconds:.1f} s, {len(rewritten(before, mtimes(copy)))} files rewritten")
    env_django = {**env, "DJANGO_SETTINGS_MODULE": "lantern.settings"}
    slug = subprocess.run(  # noqa: S603
        [sys.executable, "-c", RENAME], env=env_django, cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
    before = mtimes(copy)
    done, seconds = lantern(env, "export-site", str(copy))
    changed = rewritten(before, mtimes(copy))
    removed = sorted(set(before) - set(mtimes(copy)))
    print(f"   one title changed ({slug}): {seconds:.1f} s, {len(changed)} of {len(before)} files rewritten")
    print(f"     rewritten: {kinds(changed)}")
    print(f"     removed (old index fragments): {kinds(removed) or 'none'}")
    print(f"     command said: {done.stdout.splitlines()[0]}")

    size, _blocks, _count = disk(copy)
    limit = f"{max(1, size // 2_000_000)}MB"
    small = workdir / "too-big"
    done, _ = lantern(env, "export-site", str(small), "--max-size", limit, check=False)
    refused = done.returncode != 0 and not small.exists()
    print(f"3. --max-size {limit} on a {mb(size)} copy: exit {done.returncode}, folder created: {small.exists()}")
    print(f"     {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else '(no message)'}")
    print(f"     refused and nothing written: {'yes' if refused else 'NO'}")
    zipped = workdir / "copy.zip"
    done, seconds = lantern(env, "export-site", str(copy), "--zip")
    print(f"   --zip on the up-to-date copy: {seconds:.1f} s; {done.stdout.splitlines()[-2]}")
    import zipfile

    with zipfile.ZipFile(zipped) as archive:
        names = archive.namelist()
    print(
        f"     {zipped.name}: {mb(zipped.stat().st_size)}, {len(names)} entries, all under copy/: "
        f"{all(n.startswith('copy/') for n in names)}, manifest left out: {'copy/' + MANIFEST not in names}"
    )
    return copy


# --- the synthetic hub ------------------------------------------------------------------------------
SCALE = """
import importlib.util, os, random, sys, time
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
spec = importlib.util.spec_from_file_location("search_bench", sys.argv[2])
search_bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(search_bench)
from lantern.catalog.models import Resource
have = Resource.objects.published().count()
if have < int(sys.argv[1]):  # a data directory kept with --workdir is reused
    search_bench.build(int(sys.argv[1]) - have, random.Random(7))
"""


def scale(n: int, workdir: Path) -> Path:
    env = hub_env(str(workdir / "data"))
    env["LANTERN_SEARCH_SEMANTIC"] = "false"
    started = time.perf_counter()
    subprocess.run(  # noqa: S603
        [sys.executable, "-c", SCALE, str(n), str(REPO / "bench" / "search.py")],
        env={**env, "DJANGO_SETTINGS_MODULE": "lantern.settings"},
        cwd=REPO,
        check=True,
    )
    print(f"\nsynthetic hub of {n} resources: {time.perf_counter() - started:.1f} s")
    copy = workdir / "copy"
    shutil.rmtree(copy, ignore_errors=True)  # a fresh build, not an update
    done, seconds = lantern(env, "export-site", str(copy), "--files", "none")
    print(done.stdout.splitlines()[0])
    summary(f"3. copy of the {n}-resource hub (--files none)", copy, seconds)
    for part in ("pagefind", "search-index"):
        size, _blocks, count = disk(copy / part)
        print(f"     {part}/: {count} files, {mb(size)}")
    return copy


# --- 4: the browser ---------------------------------------------------------------------------------
def chromium():
    sys.path.insert(0, str(REPO / "tests" / "browser"))
    from conftest import CHROMIUM_ARGS, chromium_path
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    return playwright, playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


def static_server(copy: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(copy)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "index.html", timeout=2).close()  # noqa: S310 - our own server
            break
        except OSError:
            time.sleep(0.1)
    return server, base


class Recorder:
    """A fresh browser context (empty cache) that adds up what its pages load, by the files served."""

    def __init__(self, browser, root: str, copy: Path):
        self.root, self.copy = root, copy
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.loaded: list[str] = []
        self.context.on("requestfinished", lambda request: self.loaded.append(request.url))
        self.page = self.context.new_page()

    def bytes(self, urls: list[str]) -> int:
        prefix = unquote(urlsplit(self.root).path)
        total = 0
        for url in urls:
            path = unquote(urlsplit(url).path)
            target = self.copy / path[len(prefix) :] if url.startswith(self.root) else None
            total += target.stat().st_size if target and target.is_file() else 0
        return total

    def close(self) -> None:
        self.context.close()


def first_view(browser, root: str, copy: Path) -> None:
    visit = Recorder(browser, root, copy)
    visit.page.goto(root + "index.html", wait_until="load")
    visit.page.wait_for_timeout(300)
    others = [u for u in visit.loaded if not u.startswith(root)]
    names = ", ".join(sorted({urlsplit(u).path.rsplit("/", 1)[-1] or "/" for u in visit.loaded}))
    print(
        f"     first view of the home page: {visit.bytes(visit.loaded) / 1000:.1f} KB in {len(visit.loaded)} files ({names})"
    )
    if others:
        print(f"     OTHER HOSTS: {others}")
    visit.close()


def search(page) -> tuple[float, str, str, str]:
    """Type a query already filled in and press Enter: (ms until the results show, heading, engine, ms by the page)."""
    page.evaluate("document.getElementById('results').setAttribute('aria-busy', 'true')")
    started = time.perf_counter()
    page.press("#q", "Enter")
    page.wait_for_selector("#results[aria-busy=false]", timeout=120_000)
    ms = (time.perf_counter() - started) * 1000
    results = page.locator("#results")
    heading = page.locator("#results-heading").inner_text()
    return ms, heading, results.get_attribute("data-engine") or "?", results.get_attribute("data-ms") or "?"


def searches(browser, root: str, copy: Path, queries: list[str]) -> None:
    cold, shown = [], []
    for query in queries:
        visit = Recorder(browser, root, copy)
        visit.page.goto(root + "search/index.html")
        visit.page.wait_for_selector("#results[aria-busy=false]", timeout=120_000)
        listed = len(visit.loaded)
        visit.page.wait_for_load_state("networkidle")  # a visitor takes a moment to type: what loads meanwhile
        opened = len(visit.loaded)
        if not cold:
            first, idle = visit.bytes(visit.loaded[:listed]), visit.bytes(visit.loaded)
            print(
                f"     opening the search page: {first / 1000:.0f} KB in {listed} files until the list shows, "
                f"{idle / 1000:.0f} KB in {opened} before anything is typed"
            )
        visit.page.fill("#q", query)
        ms, heading, engine, page_ms = search(visit.page)
        count = visit.page.locator("#offline-results .card").count()
        loaded = visit.loaded[opened:]
        cold.append(ms)
        shown.append(
            f"{query!r}: {heading} ({count} shown), {ms:.0f} ms, {visit.bytes(loaded) / 1000:.0f} KB in {len(loaded)} files"
        )
        visit.close()
    print(f"     search, fresh page each time ({engine}): median {statistics.median(cold):.0f} ms (of {len(cold)})")
    for line in shown:
        print(f"       {line}")
    visit = Recorder(browser, root, copy)
    visit.page.goto(root + "search/index.html")
    visit.page.wait_for_selector("#results[aria-busy=false]", timeout=120_000)
    warm = []
    for query in queries:
        visit.page.fill("#q", query)
        warm.append(search(visit.page)[0])
    print(f"     search, one query after another in one page: median {statistics.median(warm):.0f} ms")
    visit.close()


def browser_half(copy: Path, queries: list[str]) -> None:
    playwright, browser = chromium()
    server, base = static_server(copy)
    try:
        for label, root in (("file://", copy.resolve().as_uri() + "/"), ("http.server", base)):
            print(f"4. Chromium, {label}")
            first_view(browser, root, copy)
            searches(browser, root, copy, queries)
    finally:
        server.terminate()
        server.wait(timeout=10)
        browser.close()
        playwright.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, help="a synthetic hub of this many resources instead of the demo hub")
    parser.add_argument("--browser-only", metavar="DIR", help="only step 4, on this copy")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--workdir", help="keep the data directory and the copy here (default: a temporary folder)")
    parser.add_argument("--queries", default=",".join(QUERIES), help="comma-separated queries for step 4")
    args = parser.parse_args()
    queries = [q for q in args.queries.split(",") if q.strip()]
    if args.browser_only:
        browser_half(Path(args.browser_only), queries)
        return
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="lantern-offline-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        copy = scale(args.scale, workdir) if args.scale else demo(workdir)
        if not args.skip_browser:
            browser_half(copy, queries)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
