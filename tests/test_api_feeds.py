"""RSS and Atom feeds parsed back with feedparser; the sitemap from the one published()."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.urls import reverse
from interop_support import make_hub

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_new_resources_feed_lists_only_published_newest_first(client, fmt):
    hub = make_hub()
    feed = parse(client, reverse("api:feed-new", kwargs={"fmt": fmt}))
    assert feed.version == ("rss20" if fmt == "rss" else "atom10")
    titles = [e.title for e in feed.entries]
    assert titles == [hub["guide"].title, hub["partnership"].title, hub["annual"].title]
    first = feed.entries[2]
    assert first.link == f"http://testserver/resources/{hub['annual'].slug}/"
    assert "annual report" in first.summary and [t.term for t in first.tags] == ["Referral"]


@pytest.mark.parametrize(
    ("name", "kwargs", "expected"),
    [
        ("api:feed-topic", {"slug": "referral"}, ["annual"]),
        ("api:feed-collection", {"slug": "covid-19"}, ["annual"]),
        ("api:feed-country", {"code": "es"}, ["guide"]),
    ],
)
def test_topic_collection_and_country_feeds(client, name, kwargs, expected):
    hub = make_hub()
    for fmt in ("rss", "atom"):
        feed = parse(client, reverse(name, kwargs={**kwargs, "fmt": fmt}))
        assert [e.title for e in feed.entries] == [hub[key].title for key in expected]


def test_search_feed_follows_the_search_parameters(client):
    hub = make_hub()
    feed = parse(client, reverse("api:feed-search", kwargs={"fmt": "atom"}) + "?q=partnerships&country=GB")
    assert [e.title for e in feed.entries] == [hub["partnership"].title]
    assert "partnerships" in feed.feed.title
    assert feed.feed.link.startswith("http://testserver/search/?q=partnerships")


def test_unknown_topic_or_country_feed_is_404(client):
    make_hub()
    assert client.get(reverse("api:feed-topic", kwargs={"slug": "nope", "fmt": "rss"})).status_code == 404
    assert client.get(reverse("api:feed-country", kwargs={"code": "XX", "fmt": "rss"})).status_code == 404


def test_sitemap_lists_published_resources_publishers_and_collections(client):
    hub = make_hub()
    response = client.get(reverse("api:sitemap"))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.fromstring(response.content).findall("s:url/s:loc", ns)]
    for key in ("annual", "partnership", "guide"):
        assert f"http://testserver/resources/{hub[key].slug}/" in locs
    for key in ("draft", "withdrawn"):
        assert f"http://testserver/resources/{hub[key].slug}/" not in locs
    assert f"http://testserver/organisations/{hub['home_office'].slug}/" in locs
    assert "http://testserver/collections/covid-19/" in locs and "http://testserver/" in locs
    assert len(locs) == len(set(locs))


def test_a_large_hub_gets_a_sitemap_index_that_reaches_every_page(client, monkeypatch):
    """Past one page of a section, /sitemap.xml is an index; following it lists every resource in every language once."""
    from lantern.api.sitemaps import ResourceSitemap

    hub = make_hub()
    monkeypatch.setattr(ResourceSitemap, "limit", 4)  # three resources in three languages: three pages
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ET.fromstring(client.get(reverse("api:sitemap")).content)
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    pages = [e.text for e in index.findall("s:sitemap/s:loc", ns)]
    resource_pages = [p for p in pages if "/sitemap-resources.xml" in p]
    assert resource_pages == [
        "http://testserver/sitemap-resources.xml",
        "http://testserver/sitemap-resources.xml?p=2",
        "http://testserver/sitemap-resources.xml?p=3",
    ]
    assert "http://testserver/sitemap-organisations.xml" in pages
    locs = []
    for page in pages:
        response = client.get(page.removeprefix("http://testserver"))
        assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
        locs += [e.text for e in ET.fromstring(response.content).findall("s:url/s:loc", ns)]
    assert len(locs) == len(set(locs))
    for key in ("annual", "partnership", "guide"):
        for prefix in ("", "/fr", "/es"):
            assert f"http://testserver{prefix}/resources/{hub[key].slug}/" in locs
    assert f"http://testserver/resources/{hub['draft'].slug}/" not in locs
    assert client.get("/sitemap-resources.xml?p=9").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_a_feed_reads_publishers_and_topics_for_all_its_items_at_once(client):
    """Not two queries an item: under bench/load.py that made feeds the slowest page."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from factories import make_organisation, make_resource

    partnership = make_organisation("Fair Recruitment Partnership")
    helpline = make_organisation("Anti-Slavery Helpline")
    url = reverse("api:feed-new", kwargs={"fmt": "rss"})

    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            parse(client, url)
        return len(context.captured_queries)

    make_resource("Fair recruitment guide", publishers=[partnership, helpline], topics=["referral"])
    queries()  # what a process reads once (the vocabulary, the engine's searchers)
    make_resource("Recruitment fees explained", publishers=[partnership])
    few = queries()  # each catalogue change retires the cached feed: these are read again
    for n in range(10):
        make_resource(f"Forced labour brief {n}", publishers=[partnership], topics=["referral", "identification"])
    assert queries() == few
    entry = next(e for e in parse(client, url).entries if e.title == "Fair recruitment guide")
    assert entry.author == "Fair Recruitment Partnership, Anti-Slavery Helpline"  # the curator's order
    assert [t.term for t in entry.tags] == ["Referral"]
