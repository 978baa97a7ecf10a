"""No trace for visitors: a browser that follows every link of the public site, files included, ends
with no cookie, nothing in its storage and no request to another host.

A survivor may read the hub on a device someone else checks. The crawl starts from one page of each
public page type and follows every same-origin link it finds (``<a>`` and ``<link>``: feeds,
citations, downloads, the API's links), a bounded number per kind of page so that search variants
do not crowd out the rest.
"""

from __future__ import annotations

from collections import Counter, deque
from urllib.parse import parse_qsl, urldefrag, urlsplit

SEEDS = [
    "/",
    "/search/?q=forced+labour",
    "/search/?q=labour&type=report&view=grid&sort=newest",
    "/search/?country=GB&topic=labour-exploitation",
    "/resources/nrm-first-responder-form-offline-prompt-sheet-2026/",
    "/organisations/home-office/",
    "/topics/labour-exploitation/",
    "/collections/covid-19/",
    "/countries/GB/",
    "/about/",
    "/suggest/",
    "/feeds/new.rss",
    "/fr/",
    "/es/",
    "/fr/resources/nrm-first-responder-form-offline-prompt-sheet-2026/",
    "/es/search/?q=trabajo",
    "/no-such-page/",
]
MAX_URLS = 300
MAX_PER_KIND = 6
LANGUAGES = {"fr", "es"}
# What a page could leave behind beyond cookies and localStorage (read from a page of the hub).
LEFT_BEHIND = """async () => ({
    sessionStorage: sessionStorage.length,
    serviceWorkers: (await navigator.serviceWorker?.getRegistrations() ?? []).length,
    caches: (await caches.keys()).length,
})"""


def kind(url: str) -> tuple:
    """Pages that differ only in their slug or in their query's values are of one kind."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    language = segments.pop(0) if segments and segments[0] in LANGUAGES else ""
    return language, tuple(segments[:1]), len(segments), frozenset(name for name, _ in parse_qsl(parts.query))


def links(page, origin: str) -> list[str]:
    hrefs = page.eval_on_selector_all(
        "a[href], link[href]", "elements => elements.map(e => new URL(e.getAttribute('href'), document.baseURI).href)"
    )
    return [urldefrag(h).url for h in hrefs if urlsplit(h).netloc == origin and urlsplit(h).scheme in {"http", "https"}]


def crawl(visit) -> dict:
    """Visit the seeds, then the links found, breadth first; what each visit answered."""
    origin = urlsplit(visit.base).netloc
    page = visit.page
    downloads: list[str] = []
    page.on("download", lambda download: downloads.append(download.url))
    queue = deque(visit.url(path) for path in SEEDS)
    seen, per_kind, visited, problems = set(queue), Counter(), {}, []
    while queue and len(visited) < MAX_URLS:
        url = queue.popleft()
        try:
            response = page.goto(url, wait_until="load")
        except Exception as exc:  # noqa: BLE001 - Playwright's error for a navigation that becomes a download
            if "Download is starting" not in str(exc):
                raise
            visited[url] = "download"
            continue
        visited[url] = response.status if response else None
        if response and response.status >= 500:
            problems.append(f"{response.status} {url}")
        if response and response.headers.get("content-type", "").startswith("text/html"):
            stored = page.evaluate("[localStorage.length, sessionStorage.length]")
            if stored != [0, 0]:
                problems.append(f"storage {stored} after {url}")
        if visit.context.cookies():
            problems.append(f"cookie {visit.context.cookies()} after {url}")
        for link in links(page, origin):
            if link not in seen and per_kind[kind(link)] < MAX_PER_KIND:
                seen.add(link)
                per_kind[kind(link)] += 1
                queue.append(link)
    return {"visited": visited, "downloads": downloads, "problems": problems}


def test_following_every_link_leaves_no_trace_and_asks_no_other_host(visit):
    result = crawl(visit)
    visited = result["visited"]
    assert result["problems"] == []
    broken = [url for url, status in visited.items() if isinstance(status, int) and status >= 400]
    assert broken == [visit.url("/no-such-page/")], "a link of the site leads nowhere"
    # The crawl did reach every kind of page, files and feeds among them.
    assert len(visited) >= 200
    for fragment in ("/resources/", "/files/", "/cite.", "/organisations/", "/topics/", "/collections/"):
        assert any(fragment in url for url in visited), fragment
    for fragment in ("/countries/", "/feeds/", "/fr/", "/es/", "page=2"):
        assert any(fragment in url for url in visited), fragment
    assert result["downloads"], "no file was downloaded"
    # Nothing kept: no cookie, no local storage, no IndexedDB, no session storage, worker or cache.
    visit.page.goto(visit.url("/"))
    assert visit.context.storage_state(indexed_db=True) == {"cookies": [], "origins": []}
    assert visit.page.evaluate(LEFT_BEHIND) == {"sessionStorage": 0, "serviceWorkers": 0, "caches": 0}
    assert visit.other_hosts() == []


def test_no_public_page_links_to_the_admin(visit):
    """Its sign-in page sets a CSRF cookie for a year; curators know its address."""
    for path in ("/", "/about/", "/fr/", "/es/search/?q=trabajo", "/no-such-page/"):
        visit.page.goto(visit.url(path))
        assert visit.page.locator("a[href*='/admin']").count() == 0, path
    visit.page.goto(visit.url("/admin/"))
    assert visit.context.cookies(), "the admin does set a cookie: the crawl above would have caught a link to it"
