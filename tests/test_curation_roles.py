"""Roles: what a visitor, a contributor, an editor and an admin may do, enforced in one place."""

from __future__ import annotations

import pytest
from django.urls import reverse
from factories import admin_resource_form, make_resource

from lantern.catalog import permissions
from lantern.catalog.models import Resource
from lantern.search.service import search

pytestmark = pytest.mark.django_db


def form(**overrides) -> dict:
    return admin_resource_form(**{"title": "Hotel staff guide", "status": "draft", **overrides})


def test_roles_are_decided_in_one_place(contributor, editor, admin_user, django_user_model):
    visitor = django_user_model.objects.create_user("dora", "d@example.org", "x")
    assert [permissions.role(u) for u in (visitor, contributor, editor, admin_user)] == [
        None,
        "contributor",
        "editor",
        "admin",
    ]
    assert permissions.allowed_statuses(contributor) == ["draft", "review"]
    assert permissions.can_publish(editor) and not permissions.can_publish(contributor)
    assert permissions.can_delete(admin_user) and not permissions.can_delete(editor)


def test_contributor_drafts_and_submits_but_cannot_publish(client, contributor):
    client.force_login(contributor)
    response = client.post(reverse("admin:catalog_resource_add"), form(status="published"))
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert not Resource.objects.exists()
    response = client.post(reverse("admin:catalog_resource_add"), form(status="review"))
    assert response.status_code == 302
    resource = Resource.objects.get()
    assert resource.status == "review" and search("hotel").total == 0
    # The publish action is not even offered to a contributor.
    page = client.get(reverse("admin:catalog_resource_changelist")).content.decode()
    assert 'value="submit_for_review"' in page and 'value="publish"' not in page


def test_contributor_cannot_change_or_delete_published_resources(client, contributor):
    published = make_resource("Already public")
    client.force_login(contributor)
    assert (
        client.post(
            reverse("admin:catalog_resource_change", args=[published.pk]), form(title="Defaced", status="draft")
        ).status_code
        == 403
    )
    assert (
        client.post(reverse("admin:catalog_resource_delete", args=[published.pk]), {"post": "yes"}).status_code == 403
    )
    published.refresh_from_db()
    assert published.title == "Already public"


def test_editor_publishes_from_the_review_queue(client, editor):
    waiting = [make_resource(f"Waiting {n}", status=Resource.Status.REVIEW) for n in range(3)]
    client.force_login(editor)
    queue = client.get(reverse("admin:catalog_resource_changelist") + "?status__exact=review").content.decode()
    assert all(r.title in queue for r in waiting)
    response = client.post(
        reverse("admin:catalog_resource_changelist"),
        {"action": "publish", "_selected_action": [r.pk for r in waiting[:2]]},
    )
    assert response.status_code == 302
    assert sorted(Resource.objects.published().values_list("title", flat=True)) == ["Waiting 0", "Waiting 1"]
    assert search("waiting").total == 2
    assert (
        client.post(reverse("admin:catalog_resource_delete", args=[waiting[2].pk]), {"post": "yes"}).status_code == 403
    )


def test_admin_may_delete(admin_client):
    resource = make_resource("To remove")
    assert (
        admin_client.post(reverse("admin:catalog_resource_delete", args=[resource.pk]), {"post": "yes"}).status_code
        == 302
    )
    assert not Resource.objects.filter(pk=resource.pk).exists()


def test_visitors_and_users_without_a_role_stay_out(client, django_user_model):
    assert client.get(reverse("admin:catalog_resource_changelist")).status_code == 302
    nobody = django_user_model.objects.create_user("eve", "e@example.org", "x", is_staff=True)
    client.force_login(nobody)
    assert client.get(reverse("admin:catalog_resource_changelist")).status_code == 403
