"""The JSON API: search with facets, resources, organisations, topics, collections; editors' writes."""

from __future__ import annotations

import json

import pytest
from interop_support import make_editor_token, make_hub, make_reader_token

from lantern.catalog.models import Resource
from lantern.lib import citations

pytestmark = pytest.mark.django_db


def test_search_uses_the_site_search_with_facets_and_records(client):
    hub = make_hub()
    body = client.get("/api/v1/search", {"q": "referral", "country": "GB"}).json()
    assert body["total"] == 1 and body["query"] == "referral"
    hit = body["results"][0]
    assert hit["slug"] == hub["annual"].slug and hit["publishers"] == ["Home Office"]
    assert (
        hit["url"] == f"http://testserver/resources/{hub['annual'].slug}/"
        and "<mark>" in hit["snippet_html"] + hit["title_html"]
    )
    assert {f["name"] for f in body["facets"]} >= {"type", "topic", "country", "language"}
    everything = client.get("/api/v1/search", {"per_page": 2}).json()
    assert everything["total"] == 3 and everything["pages"] == 2 and len(everything["results"]) == 2
    assert "A draft nobody should see" not in json.dumps(everything)


def test_search_reports_unknown_filters_as_warnings(client):
    make_hub()
    body = client.get("/api/v1/search", {"country": "Atlantis", "facets": "false"}).json()
    assert body["total"] == 3 and body["warnings"] and body["facets"] == []


def test_resource_is_the_canonical_record_with_links(client):
    hub = make_hub()
    body = client.get(f"/api/v1/resources/{hub['annual'].slug}").json()
    assert body["title"] == "2017 UK Annual Report on Modern Slavery" and body["date"] == "2017-10"
    assert body["authors"] == ["Jane Smith"] and body["collections"] == ["covid-19"]
    assert body["files"][0]["url"] == "https://example.org/annual-2017.pdf"
    assert body["api_url"] == f"http://testserver/api/v1/resources/{hub['annual'].slug}"
    for hidden in ("draft", "withdrawn"):
        assert client.get(f"/api/v1/resources/{hub[hidden].slug}").status_code == 404


def test_resources_list_is_paginated_with_a_cap(client):
    make_hub()
    body = client.get("/api/v1/resources", {"per_page": 2, "page": 99}).json()
    assert body["total"] == 3 and body["page"] == 2 and len(body["results"]) == 1
    assert client.get("/api/v1/resources", {"per_page": 101}).status_code == 422
    assert client.get("/api/v1/resources", {"updated_since": "not a date"}).status_code == 400
    assert client.get("/api/v1/resources", {"updated_since": "2000-01-01"}).json()["total"] == 3


def test_organisations_topics_collections(client):
    hub = make_hub()
    orgs = client.get("/api/v1/organisations").json()
    assert [o["name"] for o in orgs["results"]] == ["Home Office", "Independent Anti-Slavery Commissioner"]
    assert orgs["results"][0]["resource_count"] == 1
    one = client.get(f"/api/v1/organisations/{hub['home_office'].slug}").json()
    assert one["acronym"] == "HO" and one["url"].endswith(f"/organisations/{hub['home_office'].slug}/")
    topics = {t["slug"]: t for t in client.get("/api/v1/topics").json()}
    assert topics["referral"]["resource_count"] == 1 and topics["referral"]["parent"] == "responses"
    collections = client.get("/api/v1/collections").json()
    assert collections == [client.get("/api/v1/collections/covid-19").json()]
    assert collections[0]["resource_count"] == 1


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json"])
def test_cite_one_resource_and_export_a_search(client, fmt):
    hub = make_hub()
    one = client.get(f"/api/v1/resources/{hub['annual'].slug}/cite", {"format": fmt})
    assert one.status_code == 200 and one["Content-Type"] == citations.EXPORT_FORMATS[fmt][1]
    [(_, record, _)] = citations.READERS[fmt](one.content.decode())
    assert record["title"] == hub["annual"].title and record["publishers"] == ["Home Office"]
    search = client.get("/api/v1/export", {"format": fmt, "country": "GB"})
    assert len(citations.READERS[fmt](search.content.decode())) == 2
    whole = client.get("/api/v1/export", {"format": fmt})
    assert len(citations.READERS[fmt](whole.content.decode())) == 3


def test_formatted_citations_and_jsonl_export(client):
    hub = make_hub()
    apa = client.get(f"/api/v1/resources/{hub['annual'].slug}/cite", {"format": "apa"}).content.decode()
    assert apa.startswith("Smith, J. (2017).")
    harvard = client.get(f"/api/v1/resources/{hub['annual'].slug}/cite", {"format": "harvard"}).content.decode()
    assert "Available at:" in harvard
    lines = client.get("/api/v1/export", {"format": "jsonl"}).content.decode().splitlines()
    assert len(lines) == 3 and all(json.loads(line)["status"] == "published" for line in lines)


def test_editor_creates_and_updates_with_a_token(client, django_user_model):
    make_hub()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {make_editor_token(django_user_model)}"}
    record = {"title": "Hotel staff toolkit", "type": "toolkit", "topics": ["hospitality"], "publishers": ["Unseen"]}
    created = client.post("/api/v1/resources", record, content_type="application/json", **auth)
    assert created.status_code == 201, created.content
    slug = created.json()["slug"]
    resource = Resource.objects.get(slug=slug)
    assert resource.status == "draft" and resource.provenance_detail == "API: bob"
    again = client.post("/api/v1/resources", {**record, "slug": slug}, content_type="application/json", **auth)
    assert again.status_code == 409
    patched = client.patch(
        f"/api/v1/resources/{slug}", {"status": "published", "date": "2021-03"}, content_type="application/json", **auth
    )
    assert patched.status_code == 200 and patched.json()["date"] == "2021-03"
    assert patched.json()["title"] == "Hotel staff toolkit" and patched.json()["topics"] == ["hospitality"]
    assert client.get(f"/api/v1/resources/{slug}").status_code == 200
    bad = client.patch(f"/api/v1/resources/{slug}", {"topics": ["nonsense"]}, content_type="application/json", **auth)
    assert bad.status_code == 400 and bad.json()["error"]["details"] == ["unknown topic 'nonsense'"]


def test_writes_need_a_token_with_the_right_permission(client, django_user_model):
    record = {"title": "Anything"}
    assert client.post("/api/v1/resources", record, content_type="application/json").status_code == 401
    wrong = {"HTTP_AUTHORIZATION": "Bearer lt_not-a-token"}
    assert client.post("/api/v1/resources", record, content_type="application/json", **wrong).status_code == 401
    reader = {"HTTP_AUTHORIZATION": f"Bearer {make_reader_token(django_user_model)}"}
    assert client.post("/api/v1/resources", record, content_type="application/json", **reader).status_code == 403
    assert not Resource.objects.exists()


def test_openapi_schema_is_served(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.") and "/api/v1/search" in schema["paths"]
    assert "post" in schema["paths"]["/api/v1/resources"]


def test_contributors_draft_through_the_api_but_cannot_publish(client, django_user_model):
    from lantern.catalog.models import Resource

    auth = {"HTTP_AUTHORIZATION": f"Bearer {make_editor_token(django_user_model, 'dora', group='Contributors')}"}
    url = "/api/v1/resources"
    refused = client.post(
        url, {"title": "Published at once", "status": "published"}, content_type="application/json", **auth
    )
    assert refused.status_code == 403 and refused.json()["error"]["status"] == 403
    draft = client.post(url, {"title": "A draft", "slug": "a-draft"}, content_type="application/json", **auth)
    assert draft.status_code == 201 and Resource.objects.get(slug="a-draft").status == "draft"
    Resource.objects.filter(slug="a-draft").update(status="published")
    changed = client.patch(url + "/a-draft", {"title": "Defaced"}, content_type="application/json", **auth)
    assert changed.status_code == 403 and Resource.objects.get(slug="a-draft").title == "A draft"
    revision = Resource.objects.get(slug="a-draft").revisions.get()
    assert revision.source == "api" and revision.user.username == "dora"


def test_ingest_a_file_through_the_api(client, django_user_model, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from lantern.catalog.models import Resource

    auth = {"HTTP_AUTHORIZATION": f"Bearer {make_editor_token(django_user_model, 'erin', group='Contributors')}"}
    body = b"Forced labour in hotels\n\nA guide for hotel staff on spotting forced labour, published in 2021.\n" * 5
    response = client.post(
        "/api/v1/ingest", {"file": SimpleUploadedFile("hotels.txt", body, content_type="text/plain")}, **auth
    )
    assert response.status_code == 202, response.content
    job = response.json()
    assert job["status"] == "done" and job["record"]["title"] and job["record"]["status"] == "review"
    status = client.get(f"/api/v1/ingest/{job['job']}", **auth).json()
    assert status["record"]["slug"] == job["record"]["slug"]
    assert Resource.objects.get(slug=job["record"]["slug"]).provenance == "ingest"
    both = client.post(
        "/api/v1/ingest", {"url": "https://example.org/x", "file": SimpleUploadedFile("a.txt", b"x")}, **auth
    )
    assert both.status_code == 400 and both.json()["error"]["message"] == "Give either a url or a file."
    reader = {"HTTP_AUTHORIZATION": f"Bearer {make_reader_token(django_user_model)}"}
    assert client.post("/api/v1/ingest", {"url": "https://example.org/x"}, **reader).status_code == 403
