"""Only public names in public places: an organisation or a collection that only drafts, resources
in review or withdrawn ones use is named nowhere a visitor or a harvester can look (pages, search
labels, JSON API, OAI-PMH sets and headers, sitemap, feeds), until a resource using it is published."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from factories import make_collection, make_organisation, make_resource

from lantern.catalog.models import Collection, Organisation, Resource

pytestmark = pytest.mark.django_db

OAI = {"o": "http://www.openarchives.org/OAI/2.0/"}
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
HIDDEN = ["Secret Taskforce", "Embargoed Findings", "Withdrawn Press Office", "Pulled Collection"]


@pytest.fixture
def hub():
    """One public organisation and collection; one pair used by a draft and a resource in review;
    one pair used only by a withdrawn resource."""
    public_org, public_group = make_organisation("Home Office"), make_collection("COVID-19", "covid-19")
    make_resource("Modern slavery guidance", publishers=[public_org], collections=[public_group])
    draft_org, draft_group = make_organisation("Secret Taskforce"), make_collection("Embargoed Findings", "embargoed")
    for status in (Resource.Status.DRAFT, Resource.Status.REVIEW):
        make_resource(f"Not yet out ({status})", publishers=[draft_org], collections=[draft_group], status=status)
    gone_org, gone_group = make_organisation("Withdrawn Press Office"), make_collection("Pulled Collection", "pulled")
    make_resource(
        "Taken down",
        publishers=[gone_org],
        collections=[gone_group],
        status=Resource.Status.WITHDRAWN,
        withdrawn_reason="Superseded",
    )
    return {
        "public": (public_org, public_group),
        "draft": (draft_org, draft_group),
        "withdrawn": (gone_org, gone_group),
    }


def test_the_rule_is_defined_once_on_the_models(hub):
    assert list(Organisation.objects.public().values_list("name", flat=True)) == ["Home Office"]
    assert list(Collection.objects.public().values_list("name", flat=True)) == ["COVID-19"]


@pytest.mark.parametrize("which", ["draft", "withdrawn"])
def test_their_pages_are_not_found(client, hub, which):
    org, group = hub[which]
    for url in (org.get_absolute_url(), group.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 404
        assert org.name not in response.content.decode() and group.name not in response.content.decode()
    public_org, public_group = hub["public"]
    assert client.get(public_org.get_absolute_url()).status_code == 200
    assert client.get(public_group.get_absolute_url()).status_code == 200


def test_a_search_filtered_by_their_slug_does_not_print_their_name(client, hub):
    org, group = hub["draft"]
    page = client.get(reverse("public:search"), {"publisher": org.slug, "collection": group.slug}).content.decode()
    assert org.name not in page and group.name not in page


def test_home_and_search_pages_never_name_them(client, hub):
    for url in (reverse("public:home"), reverse("public:search")):
        page = client.get(url).content.decode()
        assert not [name for name in HIDDEN if name in page]


def test_the_api_lists_and_finds_only_public_ones(client, hub):
    orgs = client.get("/api/v1/organisations").json()
    assert [o["name"] for o in orgs["results"]] == ["Home Office"] and orgs["total"] == 1
    assert [c["name"] for c in client.get("/api/v1/collections").json()] == ["COVID-19"]
    for which in ("draft", "withdrawn"):
        org, group = hub[which]
        for url in (f"/api/v1/organisations/{org.slug}", f"/api/v1/collections/{group.slug}"):
            response = client.get(url)
            assert response.status_code == 404 and response.json()["error"]["status"] == 404
            assert org.name not in response.content.decode()
    assert client.get(f"/api/v1/collections/{hub['public'][1].slug}").json()["resource_count"] == 1


def test_oai_sets_and_deleted_headers_name_only_public_collections(client, hub):
    sets = ET.fromstring(client.get("/oai", {"verb": "ListSets"}).content)
    specs = {e.text for e in sets.findall(".//o:setSpec", OAI)}
    names = {e.text for e in sets.findall(".//o:setName", OAI)}
    assert "collection:covid-19" in specs and not {"collection:embargoed", "collection:pulled"} & specs
    assert not set(HIDDEN) & names
    listing = ET.fromstring(client.get("/oai", {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"}).content)
    deleted = [h for h in listing.findall(".//o:header", OAI) if h.get("status") == "deleted"]
    assert len(deleted) == 1
    assert [e.text for e in deleted[0].findall("o:setSpec", OAI)] == ["type:report"]
    # Asking for such a set is answered as for any unknown set.
    refused = ET.fromstring(
        client.get("/oai", {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "collection:embargoed"}).content
    )
    assert [e.get("code") for e in refused.findall("o:error", OAI)] == ["noRecordsMatch"]


def test_the_sitemap_lists_only_public_ones(client, hub):
    root = ET.fromstring(client.get(reverse("api:sitemap")).content)
    locs = {e.text for e in root.findall(".//s:loc", SITEMAP)}
    for which, expected in (("public", True), ("draft", False), ("withdrawn", False)):
        org, group = hub[which]
        assert (f"http://testserver{org.get_absolute_url()}" in locs) is expected
        assert (f"http://testserver{group.get_absolute_url()}" in locs) is expected


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feeds_exist_only_for_public_collections(client, hub, fmt):
    assert client.get(reverse("api:feed-collection", args=["covid-19", fmt])).status_code == 200
    for which in ("draft", "withdrawn"):
        response = client.get(reverse("api:feed-collection", args=[hub[which][1].slug, fmt]))
        assert response.status_code == 404 and hub[which][1].name not in response.content.decode()


def test_publishing_a_resource_makes_its_names_public(client, hub):
    org, group = hub["draft"]
    waiting = Resource.objects.get(status=Resource.Status.REVIEW)
    waiting.status = Resource.Status.PUBLISHED
    waiting.save()
    assert client.get(org.get_absolute_url()).status_code == 200
    assert client.get(f"/api/v1/organisations/{org.slug}").json()["resource_count"] == 1
    assert "collection:embargoed" in client.get("/oai", {"verb": "ListSets"}).content.decode()
