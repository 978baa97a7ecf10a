"""Pages as search engines and Zotero read them, through extruct (JSON-LD and meta tags): whole-word
headlines, licence URLs, topic names as keywords, Scholar's dates, canonical and hreflang links,
and a sitemap of every public page type in every language."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import extruct
from factories import make_organisation, make_resource

from lantern.catalog.models import Resource

LONG_TITLE = (
    "Understanding the recruitment, transport and control of people trafficked for labour exploitation "
    "in agriculture, construction and domestic work across Europe"
)


def _read(client, url: str) -> tuple[dict, dict, str]:
    html = client.get(url).content.decode()
    data = extruct.extract(html, base_url="http://testserver" + url, syntaxes=["json-ld"], uniform=True)
    metas: dict[str, list[str]] = {}
    from lxml import html as lxml_html

    for meta in lxml_html.fromstring(html).xpath("//head/meta[@name]"):
        metas.setdefault(meta.get("name"), []).append(meta.get("content"))
    return data["json-ld"][0], metas, html


def _links(html: str) -> dict[str, list[tuple[str, str]]]:
    from lxml import html as lxml_html

    found: dict[str, list[tuple[str, str]]] = {}
    for link in lxml_html.fromstring(html).xpath("//head/link[@rel]"):
        found.setdefault(link.get("rel"), []).append((link.get("hreflang") or "", link.get("href")))
    return found


def test_a_resource_page_reads_right_in_json_ld_and_highwire_tags(client, db):
    office = make_organisation("Office for Lantern page tests")
    resource = make_resource(
        LONG_TITLE,
        publishers=[office],
        topics=["labour-exploitation"],
        date=dt.date(2017, 11, 1),
        licence="OGL-3.0",
    )
    data, metas, _ = _read(client, resource.get_absolute_url())
    headline = data["headline"]
    assert len(headline) <= 110 and headline.endswith("…")
    assert LONG_TITLE.startswith(headline[:-1]) and LONG_TITLE[len(headline) - 1] == " "
    assert data["license"] == "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
    assert metas["citation_keywords"] == ["Labour exploitation"]
    assert data["keywords"] == ["Labour exploitation"]
    assert metas["citation_publication_date"] == ["2017"]  # a month-precise date: Scholar reads the year
    assert metas["citation_author"] == ["Office for Lantern page tests"]


def test_a_day_precise_date_is_scholars_full_date(client, db):
    resource = make_resource("A dated guide", date=dt.date(2019, 5, 7), date_precision=Resource.Precision.DAY)
    _, metas, _ = _read(client, resource.get_absolute_url())
    assert metas["citation_publication_date"] == ["2019/05/07"]


def test_every_page_names_its_canonical_url_and_its_languages(client, db):
    resource = make_resource("A guide to referral", topics=["referral"], countries=["GB"])
    for path in ("/", "/fr/", resource.get_absolute_url(), "/es" + resource.get_absolute_url(), "/topics/referral/"):
        links = _links(client.get(path + "?q=slavery").content.decode())
        assert links["canonical"] == [("", "http://testserver" + path)], path
        alternates = dict(links["alternate"])
        bare = path.removeprefix("/fr").removeprefix("/es")
        assert alternates["en"].startswith("http://testserver" + bare)
        assert alternates["fr"].startswith("http://testserver/fr" + bare)
        assert alternates["es"].startswith("http://testserver/es" + bare)
        assert alternates["x-default"] == alternates["en"]


def test_the_sitemap_lists_every_public_page_type_in_every_language(client, db):
    resource = make_resource("A guide to referral", topics=["referral"], countries=["GB"])
    root = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = {url.findtext("s:loc", namespaces=ns) for url in root.findall("s:url", ns)}
    pages = ["/", "/about/", "/topics/", "/countries/", "/topics/referral/", "/countries/GB/"]
    pages.append(resource.get_absolute_url())
    for page in pages:
        for prefix in ("", "/fr", "/es"):
            assert f"http://testserver{prefix}{page}" in locations, prefix + page
    first = root.find("s:url", ns)
    assert {link.get("hreflang") for link in first.findall("x:link", ns)} == {"en", "fr", "es", "x-default"}
