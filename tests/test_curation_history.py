"""History: every change recorded with who, when and what; an earlier version can be restored."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse
from factories import admin_resource_form, make_resource

from lantern.catalog.models import Resource
from lantern.curation import history
from lantern.curation.models import Revision
from lantern.ingest.records import import_file

pytestmark = pytest.mark.django_db


def test_imports_and_admin_edits_are_recorded_with_a_readable_diff(tmp_path, admin_client, admin_user):
    path = tmp_path / "r.jsonl"
    path.write_text(
        json.dumps({"title": "Hotline data 2017", "summary": "Calls and cases reported in 2017.", "slug": "hotline"})
        + "\n"
    )
    import_file(path)
    resource = Resource.objects.get(slug="hotline")
    first = resource.revisions.get()
    assert first.number == 1 and first.source == "import" and first.snapshot["title"] == "Hotline data 2017"

    data = admin_resource_form(
        title="Hotline statistics 2017",
        slug="hotline",
        type="data",
        status="draft",
        provenance="import",
        summary="Calls, texts and cases reported to the hotline in 2017.",
        **{
            "revisions-INITIAL_FORMS": "1",
            "revisions-TOTAL_FORMS": "1",
            "revisions-0-id": str(first.pk),
            "revisions-0-resource": str(resource.pk),
        },
    )
    response = admin_client.post(reverse("admin:catalog_resource_change", args=[resource.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    second = resource.revisions.get(number=2)
    assert second.user == admin_user and second.source == "admin"
    assert set(second.changed_fields) == {"title", "summary", "type"}
    table = history.readable(second)
    assert "<del>Hotline data 2017</del> → <ins>Hotline statistics 2017</ins>" in table
    page = admin_client.get(reverse("admin:catalog_resource_change", args=[resource.pk])).content.decode()
    assert "Restore this version" in page and "Hotline statistics 2017" in page


def test_restore_brings_back_an_earlier_version_as_a_new_revision(admin_client):
    resource = make_resource("Original title", summary="The first summary.")
    history.record(resource, source="test")
    resource.title, resource.summary = "Wrong title", "A summary that belongs to another report."
    resource.save()
    history.record(resource, source="test")
    first = resource.revisions.get(number=1)

    confirm = admin_client.get(reverse("admin:curation_restore", args=[first.pk]))
    assert confirm.status_code == 200 and "Restore" in confirm.content.decode()
    response = admin_client.post(reverse("admin:curation_restore", args=[first.pk]))
    assert response.status_code == 302
    resource.refresh_from_db()
    assert (resource.title, resource.summary) == ("Original title", "The first summary.")
    latest = resource.revisions.order_by("-number").first()
    assert latest.number == 3 and latest.source.startswith("restore") and "title" in latest.changed_fields


def test_saving_without_changes_adds_no_revision():
    resource = make_resource("Stable")
    assert history.record(resource) is not None
    assert history.record(resource) is None
    assert Revision.objects.filter(resource=resource).count() == 1


def test_contributor_cannot_restore_a_published_resource(client, contributor):
    resource = make_resource("Public one")
    revision = history.record(resource)
    client.force_login(contributor)
    response = client.post(reverse("admin:curation_restore", args=[revision.pk]))
    assert response.status_code in {302, 403}
    resource.refresh_from_db()
    assert resource.title == "Public one"
