"""Every URL of the site and the API, with hostile path values and query parameters: never a server error.

The URL patterns are read from the resolver, so a view added later is covered without being listed
here. Each parameter of a pattern is filled in turn with hostile values (control characters, NUL,
huge and negative numbers, very long strings, non-Latin text, ``../``) while the others keep values
that reach a real object; each pattern, filled with real values, is then asked with hostile query
parameters. The visitor is anonymous; the data is a small hub made by the factories.
"""

from __future__ import annotations

import base64
import json
import re
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from factories import make_collection, make_organisation, make_resource

from lantern.catalog.models import Attachment, Page, Resource, Series
from lantern.curation.models import Redirect

pytestmark = pytest.mark.django_db

HUGE = "1" + "0" * 30
LONG = "x" * 3000
# As they appear in a URL (percent-encoded where a browser would encode them).
HOSTILE_PATH_VALUES = [
    "%00",
    "%01",
    "a%00b",
    "%0A",
    "%1F%7F",
    HUGE,
    "-1",
    "0",
    LONG,
    quote("é漢字🔥"),
    "..%2F..%2Fsettings.py",
    "../..",
    "%FF%FE",
    "%25",
    "%3Cscript%3E",
    " ",
]
HOSTILE_QUERIES = [
    "q=%00",
    "q=a%00b",
    "q=%01%02%1F%7F",
    f"q={LONG}",
    "q=" + quote('é漢字🔥 "unbalanced -( OR AND NOT * ~ ^ : \\'),
    "q=%22",
    "q=-",
    "q=OR",
    "q=NEAR(a b)",
    "q=year:99999999",
    "q=year:1..99999999999999999999",
    "q=type:%00 topic:..%2F country:" + HUGE,
    f"page={HUGE}",
    "page=-1",
    "page=0",
    "page=abc",
    "page=1e9",
    "page=%00",
    f"per_page={HUGE}",
    "per_page=-1",
    "per_page=0",
    "per_page=abc",
    "sort=garbage",
    "sort=%00",
    "view=%00",
    "view=garbage",
    "year=99999999",
    "year=-1",
    f"year=1..{HUGE}",
    "year=2020..1990",
    "year=abc..def",
    "year=%00",
    "type=%00",
    "type=garbage",
    "topic=%01",
    "topic=..%2F..%2F",
    "country=%00",
    f"country={HUGE}",
    "region=..%2F",
    f"publisher={LONG}",
    "language=%FF",
    "collection=-1",
    "format=garbage",
    "format=%00",
    "fmt=..",
    "p=-1",
    f"p={HUGE}",
    "unknown=1",
    "q=a&q=b&page=1&page=2&sort=newest&sort=title",
    "&".join(f"type=report{n}" for n in range(200)),
    "&".join(f"topic=t{n}" for n in range(30)) + "&q=x",
    "q&page&sort&=&&=x",
    "next=%00",
    "next=//example.org/",
]
# Resumption tokens as a client could forge them: well-formed, with values the server never writes.
CRAFTED_TOKENS = [
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01T00:00:00+00:00", 10**30]},
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01T00:00:00+00:00", -(10**30)]},
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01T00:00:00+00:00", 1], "cursor": 10**30},
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01T00:00:00+00:00", 1], "cursor": -5},
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01T00:00:00+00:00", 1], "set": 5},
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01T00:00:00+00:00", 1], "set": ["type:report"]},
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01T00:00:00+00:00", 1], "set": "collection:\u0000"},
    {"metadataPrefix": "oai_dc", "after": ["9999-12-31T23:59:59+00:00", "1"]},
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01", True]},
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01T00:00:00", 1], "from": "2020-01-01T00:00:00+00:00"},
    {"metadataPrefix": "nope", "after": ["2020-01-01T00:00:00+00:00", 1]},
    {"metadataPrefix": "oai_dc", "after": ["2020-01-01T00:00:00+00:00", 1], "until_exclusive": "0001-01-01T00:00:00"},
    [1, 2, 3],
    "a string",
]


def _token(state) -> str:
    return base64.urlsafe_b64encode(json.dumps(state).encode()).decode().rstrip("=")


HOSTILE_OAI_QUERIES = [
    "verb=%00",
    "verb=Identify&verb=Identify",
    "verb=ListRecords&metadataPrefix=oai_dc&from=garbage",
    "verb=ListRecords&metadataPrefix=oai_dc&until=99999-99-99",
    "verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:00Z&until=garbage",
    "verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01&until=2000-01-01",
    "verb=ListRecords&metadataPrefix=oai_dc&from=-1",
    f"verb=ListRecords&metadataPrefix=oai_dc&from={HUGE}",
    "verb=ListRecords&metadataPrefix=oai_dc&from=0001-01-01",
    "verb=ListRecords&metadataPrefix=oai_dc&until=9999-12-31T23:59:59Z",
    "verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-01-01T00:00:00Z",
    "verb=ListRecords&metadataPrefix=oai_dc&from=%00",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&set=%00",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&set=collection:..%2F",
    "verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:%01",
    "verb=ListIdentifiers&metadataPrefix=%00",
    "verb=GetRecord&metadataPrefix=oai_dc&identifier=%00",
    "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:testserver:..%2F..%2F",
    f"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:testserver:{LONG}",
    "verb=ListRecords&resumptionToken=garbage",
    "verb=ListRecords&resumptionToken=%00",
    "verb=ListRecords&resumptionToken=eyJhIjogMX0",
    *(f"verb=ListRecords&resumptionToken={_token(state)}" for state in CRAFTED_TOKENS),
    f"verb=ListRecords&resumptionToken={HUGE}",
    "verb=ListRecords&resumptionToken=-1",
    "verb=ListSets&resumptionToken=%00",
    "verb=ListMetadataFormats&identifier=%01",
    "verb=Identify&extra=1",
]

_ROUTE_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")
_REGEX_GROUP = re.compile(r"\(\?P<(\w+)>((?:[^()]|\([^()]*\))*)\)(?:\{\d+(?:,\d*)?\}|[+*?])?")
_SLOT = re.compile(r"\{(\w+)\}")


def _patterns(resolver: URLResolver, parents: tuple = ()):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, (*parents, entry.pattern))
        else:
            yield (*parents, entry.pattern)


def templates() -> list[tuple[str, dict[str, str]]]:
    """Every URL pattern as a path with ``{name}`` slots, once per language prefix, and the value
    a regex group's own alternatives suggest (``rss|atom`` → ``rss``)."""
    found: dict[str, dict[str, str]] = {}
    for parts in _patterns(get_resolver()):
        for language in ("", "fr/", "es/") if any(isinstance(p, LocalePrefixPattern) for p in parts) else ("",):
            text, choices = "", {}
            for part in parts:
                if isinstance(part, LocalePrefixPattern):
                    text += language
                elif isinstance(part, RoutePattern):
                    text += _ROUTE_PARAMETER.sub(lambda m: "{" + m[1] + "}", str(part))
                else:
                    assert isinstance(part, RegexPattern)

                    def slot(match: re.Match) -> str:
                        if re.fullmatch(r"[\w|]+", match[2]):
                            choices[match[1]] = match[2].split("|")[0]
                        return "{" + match[1] + "}"

                    regex = _REGEX_GROUP.sub(slot, str(part).removeprefix("^").removesuffix("$"))
                    text += re.sub(r"\\(.)", r"\1", regex)
            assert not re.search(r"[()\[\]^$*+?|\\]", text), f"pattern not understood: {text}"
            found.setdefault("/" + text, choices)
    return sorted(found.items())


@pytest.fixture
def hub(settings) -> dict:
    """A small hub: resources with relations, files, pages, a series, a draft, a withdrawn one, a redirect."""
    settings.LANTERN_API_RATE_LIMIT = 0  # thousands of requests from one client
    office = make_organisation("Home Office", acronym="HO", kind="government", country_id="GB")
    covid = make_collection()
    series = Series.objects.create(name="Annual report", slug="annual-report")
    annual = make_resource(
        "2017 UK Annual Report on Modern Slavery",
        publishers=[office],
        type="report",
        featured=True,
        teaser="How the UK governments responded to modern slavery in 2017.",
        topics=["legislation-policy"],
        countries=["GB"],
        languages=["en"],
        series=series,
        edition="2017",
        source_url="https://www.gov.uk/government/publications/2017-uk-annual-report-on-modern-slavery",
    )
    newer = make_resource("2018 UK Annual Report on Modern Slavery", publishers=[office], series=series, edition="2018")
    annual.superseded_by = newer
    annual.save()
    make_resource("Rapport annuel 2017", translation_of=annual, languages=["fr"], countries=["FR"])
    make_resource("COVID-19 guide for survivors", type="guidance", topics=["covid-19"], collections=[covid])
    make_resource("Chapter one", part_of=annual, date=None)
    make_resource("Unreviewed draft", status=Resource.Status.DRAFT, publishers=[make_organisation("Draft Org")])
    make_resource("Withdrawn guide", status=Resource.Status.WITHDRAWN, withdrawn_reason="Out of date.")
    attachment = Attachment(resource=annual, filename="annual.pdf", media_type="application/pdf", page_count=2)
    attachment.file.save("annual.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    Page.objects.create(attachment=attachment, number=1, text="Modern slavery referrals rose in 2017.")
    Page.objects.create(attachment=attachment, number=2, text="Forced labour in car washes and nail bars.")
    Attachment.objects.create(resource=annual, url="https://www.gov.uk/annual-summary.pdf", filename="summary.pdf")
    Redirect.objects.create(old_slug="old-annual-report", resource=annual)
    return {
        ("resources", "slug"): annual.slug,
        ("organisations", "slug"): office.slug,
        ("collections", "slug"): covid.slug,
        ("topics", "slug"): "legislation-policy",
        ("countries", "code"): "GB",
        ("files", "pk"): str(attachment.pk),
        ("cite.", "fmt"): "bibtex",
    }


def fill(template: str, choices: dict[str, str], hub: dict, hostile: dict[str, str] | None = None) -> str:
    """The template with each slot given its hostile value, else a value that reaches a real object."""

    def value(match: re.Match) -> str:
        name = match[1]
        if hostile and name in hostile:
            return hostile[name]
        segment = template[: match.start()].rstrip("/").rsplit("/", 1)[-1]
        return hub.get((segment, name)) or choices.get(name) or "1"

    return _SLOT.sub(value, template)


class Visitor:
    """An anonymous client that records every answer of 500 or more instead of stopping at the first."""

    def __init__(self):
        self.client = Client(raise_request_exception=False)
        self.failures: list[str] = []
        self.count = 0

    def get(self, url: str) -> None:
        self.count += 1
        response = self.client.get(url)
        if response.status_code >= 500:
            problem = getattr(response, "exc_info", None)
            detail = repr(problem[1])[:300] if problem else response.content[:300]
            self.failures.append(f"{response.status_code} GET {url[:300]}: {detail}")


def test_the_walk_sees_every_kind_of_url():
    paths = [template for template, _choices in templates()]
    for expected in (
        "/",
        "/fr/search/",
        "/es/resources/{slug}/files/{pk}/",
        "/api/v1/",
        "/api/v1/resources/{slug}/cite",
        "/api/{rest}",
        "/oai",
        "/feeds/countries/{code}.{fmt}",
        "/sitemap.xml",
        "/admin/",
        "/admin/catalog/resource/{object_id}/change/",
    ):
        assert expected in paths
    assert len(paths) > 150


def test_every_url_with_hostile_path_values_is_never_a_server_error(hub):
    visitor = Visitor()
    for template, choices in templates():
        visitor.get(fill(template, choices, hub))
        for name in _SLOT.findall(template):
            for value in HOSTILE_PATH_VALUES:
                visitor.get(fill(template, choices, hub, {name: value}))
    assert not visitor.failures, "\n".join(visitor.failures)
    assert visitor.count > 2000


def test_every_url_with_hostile_query_parameters_is_never_a_server_error(hub):
    visitor = Visitor()
    for template, choices in templates():
        if template.startswith(("/admin/", "/fr/", "/es/")) and template not in {"/admin/login/", "/fr/search/"}:
            continue  # the admin sends visitors to its sign-in page; other languages are the same views
        url = fill(template, choices, hub)
        for query in HOSTILE_QUERIES:
            visitor.get(f"{url}?{query}")
    for query in HOSTILE_OAI_QUERIES:
        visitor.get(f"/oai?{query}")
    assert not visitor.failures, "\n".join(visitor.failures)


def test_the_api_root_lists_its_endpoints():
    response = Client().get("/api/v1/")
    assert response.status_code == 200
    index = response.json()
    assert index["openapi"] == "/api/v1/openapi.json"
    listed = {(e["method"], e["path"]) for e in index["endpoints"]}
    assert {("GET", "/api/v1/search"), ("GET", "/api/v1/resources/{slug}"), ("POST", "/api/v1/resources")} <= listed
    assert all(e["token"] for e in index["endpoints"] if e["method"] != "GET" or "ingest" in e["path"])
    assert Client().get(index["openapi"]).status_code == 200


@pytest.mark.parametrize("url", ["/feeds/search.rss?q=%01", "/feeds/search.atom?q=a%00b", "/feeds/search.rss?q=%1F%7F"])
def test_search_feeds_leave_control_characters_out(hub, url):
    response = Client().get(url)
    assert response.status_code == 200
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", response.content)
