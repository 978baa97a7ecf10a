"""The offline copy (`lantern export-site`) in Debian's Chromium, from file:// and over a static server.

The copy is made by a real `lantern export-site` of the session's demo hub; it is opened as a folder
(file://, as from a USB stick) and served by Python's own static server in a thread. Both ways a
visitor navigates, searches for a word that only the text of a document holds, filters, opens a
file and leaves with the quick exit, and the copy asks nothing of any other host and leaves no
cookie or storage behind.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from public_support import EXIT_HOST, exit_site

from .conftest import HUB_ENV, LANTERN, REPO

# A word of a document's own text that no title, summary, publisher or topic of the hub holds.
INSIDE_WORD = """
import json, re, django
django.setup()
from lantern.catalog.models import Page, Resource
shown = set()
for r in Resource.objects.published().prefetch_related("publishers", "topics"):
    text = " ".join([r.title, r.teaser, r.summary, r.description]
                    + [p.name + " " + (p.acronym or "") for p in r.publishers.all()]
                    + [t.name for t in r.topics.all()])
    shown.update(re.findall(r"[a-z]+", text.lower()))
owners = {}
for slug, text in Page.objects.filter(attachment__resource__status="published").values_list(
        "attachment__resource__slug", "text"):
    for word in re.findall(r"[a-z]{9,}", text.lower()):
        owners.setdefault(word, set()).add(slug)
word = sorted(w for w, s in owners.items() if w not in shown and len(s) == 1)[0]
print(json.dumps([word, owners[word].pop()]))
"""
STORAGE = "() => [document.cookie, localStorage.length, sessionStorage.length]"


@pytest.fixture(scope="module")
def copy(hub, tmp_path_factory) -> Path:
    hub_env = dict(HUB_ENV)
    dest = tmp_path_factory.mktemp("offline") / "stick"
    subprocess.run([LANTERN, "export-site", str(dest)], env=hub_env, cwd=REPO, check=True, capture_output=True)
    return dest


@pytest.fixture(scope="module")
def inside_word(hub) -> tuple[str, str]:
    env = {**HUB_ENV, "DJANGO_SETTINGS_MODULE": "lantern.settings"}
    out = subprocess.run([sys.executable, "-c", INSIDE_WORD], env=env, cwd=REPO, check=True, capture_output=True)
    return tuple(json.loads(out.stdout))


@pytest.fixture(scope="module")
def served(copy):
    handler = functools.partial(QuietHandler, directory=str(copy))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(params=["file", "http"])
def root(request, copy) -> str:
    return copy.as_uri() + "/" if request.param == "file" else request.getfixturevalue("served")


class Visitor:
    def __init__(self, browser, root: str):
        self.root = root
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        self.requests: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        exit_site(self.context)
        self.page = self.context.new_page()

    def open(self, path: str):
        self.page.goto(self.root + path)

    def foreign(self) -> list[str]:
        ours = urlsplit(self.root)
        return [
            u
            for u in self.requests
            if urlsplit(u).scheme not in {"file", "data", "blob"}
            and urlsplit(u).netloc != ours.netloc
            and urlsplit(u).netloc != EXIT_HOST
        ]

    def results(self) -> int:
        self.page.wait_for_selector("#results[aria-busy=false]")
        heading = self.page.locator("#results-heading").inner_text()
        found = re.search(r"[\d,  ]+", heading)
        return int(re.sub(r"\D", "", found.group(0))) if found and re.search(r"\d", heading) else 0


@pytest.fixture
def visitor(browser, root):
    visitor = Visitor(browser, root)
    yield visitor
    assert visitor.foreign() == [], "the copy asked another host"
    assert visitor.page.evaluate(STORAGE) == ["", 0, 0]
    assert visitor.context.cookies() == []
    visitor.context.close()


def test_navigate_from_home_to_a_resource_and_its_file(visitor):
    page = visitor.page
    visitor.open("index.html")
    assert page.locator(".copy-made").count() == 1
    page.get_by_role("link", name=re.compile("^Topics$|^Browse topics", re.I)).first.click()
    page.locator("main a[href*='topics/']").first.click()
    assert page.locator("main h1").count() == 1
    visitor.open("resources/nrm-first-responder-form-offline-prompt-sheet-2026/index.html")
    link = page.locator("main a[href$='.pdf']").first
    href = link.get_attribute("href")
    target = visitor.root + "resources/nrm-first-responder-form-offline-prompt-sheet-2026/" + href
    response = page.request.get(target) if visitor.root.startswith("http") else None
    if response is not None:
        assert response.ok and response.body().startswith(b"%PDF")
    else:
        path = Path(urlsplit(target).path).resolve()
        assert path.read_bytes().startswith(b"%PDF")


def test_search_finds_a_word_from_inside_a_document(visitor, inside_word):
    word, slug = inside_word
    page = visitor.page
    visitor.open("search/index.html")
    page.fill("#q", word)
    page.press("#q", "Enter")
    page.wait_for_function("location.hash.includes('q=')")
    assert visitor.results() >= 1
    assert page.locator(f"#offline-results a[href*='resources/{slug}/']").count() == 1
    engine = page.locator("#results").get_attribute("data-engine")
    print(
        f"\n{visitor.root[:4]} search for {word!r}: {page.locator('#results').get_attribute('data-ms')} ms ({engine})"
    )
    page.locator(f"#offline-results a[href*='resources/{slug}/']").click()
    page.wait_for_url(re.compile(f"resources/{slug}/"))


def test_with_nothing_typed_the_newest_come_first_and_a_filter_narrows(visitor):
    page = visitor.page
    visitor.open("search/index.html")
    visitor.results()
    # With no words the copy's own index lists everything (Pagefind would load its whole index to do it).
    assert page.locator("#results").get_attribute("data-engine") == "index"
    years = page.locator("#offline-results .year").all_inner_texts()
    assert len(years) == 20 and years == sorted(years, reverse=True)
    page.fill("#q", "labour")
    page.evaluate("document.getElementById('results').setAttribute('aria-busy', 'true')")
    page.press("#q", "Enter")
    found = visitor.results()
    # Words typed: Pagefind over HTTP; from a folder, where browsers refuse Pagefind's module, the own index.
    engine = "index" if visitor.root.startswith("file:") else "pagefind"
    assert page.locator("#results").get_attribute("data-engine") == engine
    choice = page.locator(".facet--type a").first
    label = choice.locator("span").first.inner_text()
    expected = int(choice.locator("small").inner_text())
    page.evaluate("document.getElementById('results').setAttribute('aria-busy', 'true')")
    choice.click()
    page.wait_for_function("location.hash.includes('type=')")
    assert visitor.results() == expected < found
    badges = page.locator("#offline-results .badge").all_inner_texts()
    assert badges and set(badges) == {label}
