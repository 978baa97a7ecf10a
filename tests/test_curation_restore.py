"""Restoring a revision puts back every field as it was, emptied ones too, and says what it changed;
undoing a merge does the same for the resource that was kept."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from factories import make_resource

from lantern.catalog.models import Identifier, Resource
from lantern.curation import history, merge

pytestmark = pytest.mark.django_db


@pytest.fixture
def edited(db):
    """A resource saved once bare, then given an ISBN, a date, a new teaser and a translation link."""
    english = make_resource("Spotting forced labour in hotels")
    resource = make_resource("Repérer le travail forcé", teaser="Un guide pour le personnel hôtelier.", date=None)
    history.record(resource, source="test")
    resource.teaser = "Teaser written later."
    resource.published_date, resource.date_precision = dt.date(2021, 4, 1), Resource.Precision.MONTH
    resource.translation_of = english
    resource.save()
    Identifier.objects.create(resource=resource, scheme="isbn", value="9780306406157")
    history.record(resource, source="test")
    return resource


def test_restore_writes_back_every_field_including_ones_added_later(edited, admin_client):
    first = edited.revisions.get(number=1)
    response = admin_client.post(reverse("admin:curation_restore", args=[first.pk]), follow=True)
    edited.refresh_from_db()
    assert edited.teaser == "Un guide pour le personnel hôtelier."
    assert not edited.identifiers.exists()  # the ISBN added after revision 1 is gone
    assert edited.published_date is None and edited.date_precision == ""
    assert edited.translation_of is None
    message = [str(m) for m in response.context["messages"]][0]
    assert "Revision 1 restored; changed:" in message
    for field in ("teaser", "isbn", "date", "translation_of"):
        assert field in message
    latest = edited.revisions.order_by("-number").first()
    assert latest.snapshot["isbn"] == "" and latest.snapshot["date"] == ""


def test_the_confirmation_lists_what_the_restore_will_change(edited, admin_client):
    first = edited.revisions.get(number=1)
    page = admin_client.get(reverse("admin:curation_restore", args=[first.pk])).content.decode()
    assert "What the restore changes" in page
    assert "<del>9780306406157</del>" in page and "<del>Teaser written later.</del>" in page
    assert "<th scope='row'>date</th>" in page


def test_restoring_the_current_state_says_nothing_changed(edited):
    assert history.restore(edited.revisions.get(number=2)) == []


def test_undoing_a_merge_removes_a_date_the_kept_resource_took_from_the_other(db):
    kept = make_resource("Hotel guide", date=None)
    other = make_resource("Hotel guide (copy)", date=dt.date(2019, 1, 1))
    operation = merge.merge(kept, other, take_from_merged=["date"])
    kept.refresh_from_db()
    assert kept.published_date == dt.date(2019, 1, 1)
    merge.undo(operation)
    kept.refresh_from_db()
    assert kept.published_date is None
