"""The read faces over HTTP as outside clients use them: HEAD, ETag / Last-Modified with 304s,
CORS for anonymous reads only, gzip for every text media type, robots.txt, a valid OpenAPI document."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import types

import pytest
from interop_support import make_editor_token, make_hub

READS = [
    "/api/v1/",
    "/api/v1/resources",
    "/api/v1/topics",
    "/api/v1/organisations",
    "/api/v1/search?q=slavery",
    "/api/v1/resources/{slug}",
    "/api/v1/resources/{slug}/cite?format=bibtex",
    "/api/v1/export?format=ris",
    "/api/v1/openapi.json",
    "/oai?verb=Identify",
    "/oai?verb=ListRecords&metadataPrefix=oai_dc",
    "/feeds/new.rss",
    "/feeds/search.atom?q=slavery",
    "/sitemap.xml",
    "/robots.txt",
]
POLLED = [
    "/feeds/new.atom",
    "/feeds/topics/referral.rss",
    "/sitemap.xml",
    "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc",
    "/api/v1/export?format=csl-json",
    "/api/v1/export?format=bibtex",
    "/api/v1/resources",
]


@pytest.fixture
def hub(db):
    return make_hub()


def _url(path: str, hub: dict) -> str:
    return path.replace("{slug}", hub["annual"].slug)


@pytest.mark.parametrize("path", READS)
def test_head_answers_wherever_get_does(client, hub, path):
    got = client.get(_url(path, hub))
    head = client.head(_url(path, hub))
    assert got.status_code == 200, got.content[:300]
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Type"] == got["Content-Type"]
    assert head["ETag"] == got["ETag"]


@pytest.mark.parametrize("path", POLLED)
def test_a_poll_with_the_etag_downloads_nothing(client, hub, path):
    first = client.get(_url(path, hub))
    assert first.status_code == 200 and first["ETag"]
    again = client.get(_url(path, hub), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert client.get(_url(path, hub), HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_an_oai_answer_a_moment_later_is_still_a_304(client, hub, monkeypatch):
    path = "/oai?verb=ListRecords&metadataPrefix=oai_dc"
    first = client.get(path)
    later_moment = types.SimpleNamespace(now=lambda: dt.datetime(2031, 1, 1, tzinfo=dt.UTC))
    monkeypatch.setattr("lantern.api.oai.timezone", later_moment)  # the clock the answer is stamped by
    later = client.get(path)
    assert b"<responseDate>2031-01-01T00:00:00Z</responseDate>" in later.content
    assert later["ETag"] == first["ETag"]
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_a_feed_unchanged_since_its_last_modified_is_a_304_and_a_new_record_is_not(client, hub):
    from factories import make_resource

    first = client.get("/feeds/new.rss")
    since = first["Last-Modified"]
    assert client.get("/feeds/new.rss", HTTP_IF_MODIFIED_SINCE=since).status_code == 304
    make_resource("A newly published guide", topics=["referral"])
    changed = client.get("/feeds/new.rss", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and b"A newly published guide" in changed.content


def test_anonymous_reads_of_the_api_may_be_read_by_other_sites(client, hub):
    for path in ("/api/v1/resources", "/oai?verb=Identify", "/feeds/new.rss", "/sitemap.xml"):
        response = client.get(path, HTTP_ORIGIN="https://other.example")
        assert response["Access-Control-Allow-Origin"] == "*", path
        assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        "/api/v1/resources",
        HTTP_ORIGIN="https://other.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 204 and preflight["Access-Control-Allow-Methods"] == "GET, HEAD"


def test_writes_tokens_and_the_site_get_no_cors(client, hub, django_user_model):
    token = make_editor_token(django_user_model)
    write_preflight = client.options(
        "/api/v1/resources", HTTP_ORIGIN="https://evil.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in write_preflight
    token_preflight = client.options(
        "/api/v1/resources",
        HTTP_ORIGIN="https://evil.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization",
    )
    assert "Access-Control-Allow-Origin" not in token_preflight
    created = client.post(
        "/api/v1/resources",
        data=json.dumps({"title": "Made by a script"}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        HTTP_ORIGIN="https://evil.example",
    )
    assert created.status_code == 201 and "Access-Control-Allow-Origin" not in created
    with_token = client.get("/api/v1/resources", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert "Access-Control-Allow-Origin" not in with_token
    for path in ("/", "/search/?q=slavery", hub["annual"].get_absolute_url()):
        assert "Access-Control-Allow-Origin" not in client.get(path, HTTP_ORIGIN="https://other.example")


def test_cors_can_be_turned_off(client, hub, settings):
    settings.LANTERN_CORS_READ_API = False
    assert "Access-Control-Allow-Origin" not in client.get("/api/v1/resources", HTTP_ORIGIN="https://other.example")


@pytest.mark.parametrize("fmt", ["csl-json", "jsonl", "bibtex", "ris"])
def test_every_text_export_is_gzipped(client, hub, fmt):
    plain = client.get(f"/api/v1/export?format={fmt}").content
    packed = client.get(f"/api/v1/export?format={fmt}", HTTP_ACCEPT_ENCODING="gzip")
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text.splitlines()
    assert "Disallow: /admin/" in text and "Disallow: /\n" not in text


def test_the_openapi_document_is_valid_openapi(client, db):
    from openapi_spec_validator import validate

    validate(client.get("/api/v1/openapi.json").json())


def test_a_search_feed_names_itself_with_its_query(client, hub):
    import feedparser

    for fmt in ("rss", "atom"):
        parsed = feedparser.parse(client.get(f"/feeds/search.{fmt}?q=slavery&topic=referral").content)
        selves = [link["href"] for link in parsed.feed.links if link.get("rel") == "self"]
        assert selves == [f"http://testserver/feeds/search.{fmt}?q=slavery&topic=referral"], fmt
