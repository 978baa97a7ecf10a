"""The directories of organisations, topics, collections and countries, as a visitor uses them."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from factories import make_collection, make_organisation, make_resource

from lantern.catalog.models import Resource, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def hub(db):
    home_office = make_organisation("Home Office", kind="government", country_id="GB", aliases="UK Home Office")
    ilo = make_organisation("International Labour Organization", acronym="ILO", kind="intergovernmental")
    polaris = make_organisation("Polaris", kind="ngo", country_id="US", aliases="Polaris Project")
    hidden = make_organisation("Drafting Only Trust", kind="ngo", country_id="FR")
    covid = make_collection()
    make_collection("Empty shelf", "empty-shelf")
    make_resource("UK annual report", publishers=[home_office], topics=["legislation-policy"], countries=["GB"])
    make_resource(
        "Forced labour estimates", publishers=[ilo, polaris], topics=["labour-exploitation"], countries=["US", "GB"]
    )
    make_resource("Hotline data", publishers=[polaris], topics=["data-research"], countries=["US"], collections=[covid])
    make_resource("Unfinished", publishers=[hidden], countries=["FR"], status=Resource.Status.DRAFT)
    return {"home_office": home_office, "ilo": ilo, "polaris": polaris, "hidden": hidden}


def names(html: str) -> list[str]:
    return re.findall(r'class="directory-name" href="[^"]+">([^<]+)</a>', html)


def get(client, name: str, **params) -> str:
    response = client.get(reverse(f"public:{name}"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_organisations_lists_only_public_ones_by_name_with_counts(client, hub):
    html = get(client, "organisations")
    assert names(html) == ["Home Office", "International Labour Organization (ILO)", "Polaris"]
    assert "Drafting Only Trust" not in html
    assert "3 organisations" in html
    assert "2 resources" in html  # Polaris


def test_organisations_sorted_by_number_of_resources(client, hub):
    assert names(get(client, "organisations", sort="resources"))[0] == "Polaris"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "ILO"}, ["International Labour Organization (ILO)"]),
        ({"q": "polaris project"}, ["Polaris"]),
        ({"q": "home"}, ["Home Office"]),
        ({"kind": "ngo"}, ["Polaris"]),
        ({"country": "gb"}, ["Home Office"]),
        ({"region": "americas"}, ["Polaris"]),
        ({"region": "europe"}, ["Home Office"]),
        ({"topic": "labour-exploitation"}, ["International Labour Organization (ILO)", "Polaris"]),
    ],
)
def test_organisations_filtered(client, hub, params, expected):
    assert names(get(client, "organisations", **params)) == expected


def test_organisations_topic_filter_includes_narrower_topics(client, hub):
    forced = Topic.objects.get(slug="labour-exploitation")
    assert forced.parent_id is not None
    broader = forced.parent.slug
    assert "Polaris" in names(get(client, "organisations", topic=broader))


def test_organisations_bad_values_are_a_notice_not_an_error(client, hub):
    html = get(client, "organisations", kind="pirate", country="Z\x00", region="atlantis", topic="nope", page="99")
    assert "Not understood, so left out" in html
    assert "kind “pirate”" in html
    assert "There is no page “99”" in html
    assert len(names(html)) == 3


def test_organisations_paginated(client, db, settings):
    for n in range(35):
        org = make_organisation(f"Org {n:02d}")
        make_resource(f"Report {n}", publishers=[org])
    first = get(client, "organisations")
    second = get(client, "organisations", page="2")
    assert len(names(first)) == 30 and len(names(second)) == 5
    assert 'rel="next"' in first and 'rel="prev"' in second


def test_organisations_map_links_each_country_and_has_a_table(client, hub):
    html = get(client, "organisations")
    assert 'aria-label="United Kingdom: 1"' in html
    assert 'href="/organisations/?country=GB"' in html
    assert re.search(r"<table[^>]*>.*United Kingdom.*</table>", html, re.S)
    assert "France" not in html.split("org-map")[1]  # the unpublished organisation's country is not shown


def test_organisation_page_has_its_own_feed(client, hub):
    html = client.get(hub["polaris"].get_absolute_url()).content.decode()
    assert 'type="application/rss+xml"' in html
    assert "/feeds/search.rss?publisher=polaris" in html


def test_topics_tree_with_counts(client, hub):
    html = get(client, "topics")
    forced = Topic.objects.get(slug="labour-exploitation")
    root = forced
    while root.parent_id:
        root = root.parent
    section = html.split(f'id="topic-{root.slug}"')[1].split("</section>")[0]
    assert f'href="/topics/{forced.slug}/"' in section
    # every topic of the vocabulary is listed, even those with no resources yet
    assert all(f'/topics/{slug}/"' in html for slug in Topic.objects.values_list("slug", flat=True)[:5])


def test_collections_only_public_ones(client, hub):
    html = get(client, "collections")
    assert names(html) == ["COVID-19"]
    assert "1 resource" in html


def test_countries_grouped_by_region_with_counts_and_help_lines(client, hub):
    html = get(client, "countries")
    assert names(html) == ["United Kingdom", "United States"] or names(html) == ["United States", "United Kingdom"]
    europe = html.index(">Europe</h2>")
    americas = html.index(">Americas</h2>")
    assert americas < europe  # regions in the catalogue's order: Africa, Americas, Asia, Europe, Oceania
    assert "France" not in html.split("<main")[1].split("country-map-heading")[0]
    assert "08000 121 700" in html.split("<main")[1]  # the UK's help line beside the UK
    assert 'href="/organisations/?country=GB"' in html


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("name", ["organisations", "topics", "collections", "countries"])
def test_directories_in_french_and_spanish(client, hub, language, name):
    response = client.get(f"/{language}{reverse(f'public:{name}')}")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


def test_navigation_links_to_directories(client, hub):
    html = get(client, "home")
    for name in ("topics", "organisations", "countries", "collections"):
        assert f'href="{reverse(f"public:{name}")}"' in html
    assert 'href="/#topics"' not in html


def test_sitemap_lists_directories_and_topic_and_country_pages(client, hub):
    xml = client.get("/sitemap.xml").content.decode()
    for path in (
        "/organisations/",
        "/topics/",
        "/collections/",
        "/countries/",
        "/topics/labour-exploitation/",
        "/countries/GB/",
    ):
        assert f"{path}</loc>" in xml
    assert "/countries/FR/</loc>" not in xml  # only a draft is about France
    assert "/topics/fishing/</loc>" not in xml
