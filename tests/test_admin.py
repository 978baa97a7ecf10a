"""The Django admin is usable by a curator for the whole catalogue, and mistakes are messages."""

from __future__ import annotations

import pytest
from django.urls import reverse
from factories import admin_resource_form, make_organisation, make_resource

from lantern.catalog.models import Resource
from lantern.search.service import search

pytestmark = pytest.mark.django_db

MODELS = ["resource", "organisation", "person", "topic", "collection", "series", "country", "language"]


@pytest.mark.parametrize("model", MODELS)
def test_every_catalogue_page_opens(admin_client, model):
    make_resource("An existing resource", publishers=[make_organisation("Home Office")])
    assert admin_client.get(reverse(f"admin:catalog_{model}_changelist")).status_code == 200
    assert admin_client.get(reverse(f"admin:catalog_{model}_changelist") + "?q=home").status_code == 200
    if model not in {"country", "language"}:
        assert admin_client.get(reverse(f"admin:catalog_{model}_add")).status_code == 200


def test_resource_change_page_opens(admin_client):
    resource = make_resource("Editable", publishers=[make_organisation("Home Office")], topics=["referral"])
    assert admin_client.get(reverse("admin:catalog_resource_change", args=[resource.pk])).status_code == 200


def test_a_curator_adds_a_resource_and_it_becomes_searchable(admin_client):
    org = make_organisation("Unseen")
    response = admin_client.post(
        reverse("admin:catalog_resource_add"),
        admin_resource_form(
            **{
                "description": "<p>Look for <script>x()</script>signs.</p>",
                "topics": ["1"],
                "publisher_links-TOTAL_FORMS": "1",
                "publisher_links-0-organisation": str(org.pk),
                "publisher_links-0-position": "0",
                "identifiers-TOTAL_FORMS": "1",
                "identifiers-0-scheme": "doi",
                "identifiers-0-value": "https://doi.org/10.1234/HOTEL",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    resource = Resource.objects.get(title="Guidance for hotel staff")
    assert resource.slug == "guidance-for-hotel-staff" and "<script>" not in resource.description
    assert resource.identifiers.get().value == "10.1234/hotel"
    assert [h.resource.title for h in search("unseen").hits] == ["Guidance for hotel staff"]


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"published_date": "2019-02-30"}, "Enter a valid date"),
        ({"status": "withdrawn"}, "Say why the resource is withdrawn"),
        ({"teaser": "x" * 300}, "at most 280 characters"),
        ({"slug": "taken"}, "already exists"),
        (
            {"identifiers-TOTAL_FORMS": "1", "identifiers-0-scheme": "isbn", "identifiers-0-value": "12345"},
            "not a valid ISBN",
        ),
        ({"countries": ["XX"]}, "Select a valid choice"),
    ],
)
def test_mistakes_are_shown_on_the_form_not_as_errors(admin_client, overrides, message):
    make_resource("Taken", slug="taken")
    response = admin_client.post(reverse("admin:catalog_resource_add"), admin_resource_form(**overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Resource.objects.filter(title="Guidance for hotel staff").exists()


def test_publish_action(admin_client):
    draft = make_resource("Draft to publish", status=Resource.Status.DRAFT)
    response = admin_client.post(
        reverse("admin:catalog_resource_changelist"), {"action": "publish", "_selected_action": [draft.pk]}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "published" and draft.first_published_at is not None
    assert search("publish").total == 1


def test_anonymous_visitors_cannot_reach_the_admin(client):
    response = client.get(reverse("admin:catalog_resource_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
