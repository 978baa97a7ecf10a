"""What curators see when they review: a visitor's note and contact beside the draft it became,
and a merge's undo on the merge's own admin page until it is undone."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from factories import make_resource
from public_support import suggest

from lantern.catalog.models import Resource
from lantern.curation import merge
from lantern.curation.models import VisitorSuggestion

pytestmark = pytest.mark.django_db

GUIDE = b"Spotting the signs of forced labour in hotels. A guide for hotel staff, published by Unseen in 2021.\n" * 20
NOTE = "Our front-desk staff use it <every> day.\nPage 4 lists the signs."


@pytest.fixture
def suggested(client, settings):
    settings.LANTERN_INGEST_AUTO_PUBLISH = False
    upload = SimpleUploadedFile("guide.txt", GUIDE, content_type="text/plain")
    response = suggest(client, {"note": NOTE, "contact": "ana@example.org", "file": upload})
    assert response.status_code == 200
    return Resource.objects.get()


def test_the_draft_shows_the_visitors_note_and_contact(suggested, admin_client):
    page = admin_client.get(reverse("admin:catalog_resource_change", args=[suggested.pk])).content.decode()
    assert "Sent by a visitor" in page
    assert "Our front-desk staff use it &lt;every&gt; day.<br>Page 4 lists the signs." in page
    assert 'href="mailto:ana@example.org"' in page


def test_the_suggestions_list_shows_notes_and_links_to_the_draft(suggested, admin_client):
    page = admin_client.get(reverse("admin:curation_visitorsuggestion_changelist")).content.decode()
    assert "Our front-desk staff use it &lt;every&gt; day." in page and "ana@example.org" in page
    one = VisitorSuggestion.objects.get()
    detail = admin_client.get(reverse("admin:curation_visitorsuggestion_change", args=[one.pk])).content.decode()
    assert reverse("admin:catalog_resource_change", args=[suggested.pk]) in detail


def test_a_resource_entered_by_hand_has_no_visitor_section(admin_client):
    resource = make_resource("Entered by hand")
    page = admin_client.get(reverse("admin:catalog_resource_change", args=[resource.pk])).content.decode()
    assert "Sent by a visitor" not in page


def test_the_merge_page_offers_undo_until_it_is_undone(admin_client):
    operation = merge.merge(make_resource("Hotel guide"), make_resource("Hotel guide (copy)"))
    undo_url = reverse("admin:curation_merge_undo", args=[operation.pk])
    change_url = reverse("admin:curation_merge_change", args=[operation.pk])
    assert undo_url in admin_client.get(change_url).content.decode()
    assert undo_url in admin_client.get(reverse("admin:curation_merge_changelist")).content.decode()
    assert admin_client.post(undo_url).status_code == 302
    page = admin_client.get(change_url).content.decode()
    assert undo_url not in page and "undone" in page
