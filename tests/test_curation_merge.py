"""Merging a duplicate keeps the curator's choices, every file and identifier, both histories,
redirects the old address — and can be undone."""

from __future__ import annotations

import pytest
from django.urls import reverse
from factories import make_organisation, make_resource

from lantern.catalog.models import Attachment, Identifier, Resource
from lantern.curation import history, merge
from lantern.curation.models import Flag, Redirect

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(db):
    ho, iasc = make_organisation("Home Office"), make_organisation("Independent Anti-Slavery Commissioner")
    kept = make_resource(
        "Collaborating for Freedom",
        publishers=[ho],
        topics=["partnership-working"],
        countries=["GB"],
        summary="Our own careful summary.",
        source_url="https://example.org/a",
    )
    other = make_resource(
        "Collaborating for freedom: anti-slavery partnerships",
        publishers=[iasc],
        topics=["referral"],
        summary="Another hub's summary.",
        source_url="https://mirror.example.org/a",
    )
    Attachment.objects.create(resource=kept, url="https://example.org/a.pdf", sha256="a" * 64)
    Attachment.objects.create(resource=other, url="https://mirror.example.org/a.pdf", sha256="b" * 64)
    Identifier.objects.create(resource=other, scheme="doi", value="10.1234/freedom")
    history.record(kept, source="test")
    history.record(other, source="test")
    return kept, other


def test_merge_keeps_choices_files_identifiers_histories_and_redirects(client, pair):
    kept, other = pair
    operation = merge.merge(kept, other, take_from_merged=["title"])
    kept.refresh_from_db()
    other.refresh_from_db()
    assert kept.title == "Collaborating for freedom: anti-slavery partnerships"  # chosen from the other
    assert kept.summary == "Our own careful summary."  # kept as it was
    assert kept.attachments.count() == 2 and kept.identifiers.get().value == "10.1234/freedom"
    assert [o.name for o in kept.ordered_publishers()] == ["Home Office", "Independent Anti-Slavery Commissioner"]
    assert sorted(t.slug for t in kept.topics.all()) == ["partnership-working", "referral"]
    assert {r.source for r in kept.revisions.all()} >= {"test", "merge", f"from {other.slug}"}
    assert other.status == Resource.Status.WITHDRAWN and "Merged into" in other.withdrawn_reason
    assert Redirect.objects.get(old_slug=other.slug).resource == kept
    assert operation.undone_at is None


def test_undo_puts_both_back(pair):
    kept, other = pair
    before_kept, before_other = history.snapshot(kept), history.snapshot(other)
    operation = merge.merge(kept, other, take_from_merged=["title", "summary"])
    merge.undo(operation)
    kept.refresh_from_db()
    other.refresh_from_db()
    strip = lambda r: {k: v for k, v in r.items() if k != "files"}  # noqa: E731
    assert strip(history.snapshot(kept)) == strip(before_kept)
    assert strip(history.snapshot(other)) == strip(before_other)
    assert kept.attachments.count() == 1 and other.attachments.count() == 1
    assert not Redirect.objects.exists()
    assert other.revisions.filter(source="test").exists()
    with pytest.raises(merge.MergeError):
        merge.undo(operation)


def test_a_resource_cannot_be_merged_into_itself(pair):
    with pytest.raises(merge.MergeError):
        merge.merge(pair[0], pair[0])


def test_editor_merges_from_a_duplicate_flag(client, editor, pair):
    kept, other = pair
    flag = Flag.objects.create(resource=kept, other=other, kind="duplicate", score=0.9, reasons=["similar title"])
    client.force_login(editor)
    page = client.get(reverse("admin:curation_flag_change", args=[flag.pk])).content.decode()
    assert reverse("admin:curation_flag_merge", args=[flag.pk, "first"]) in page
    form = client.get(reverse("admin:curation_flag_merge", args=[flag.pk, "first"])).content.decode()
    assert "Another hub&#x27;s summary." in form or "Another hub's summary." in form
    response = client.post(
        reverse("admin:curation_flag_merge", args=[flag.pk, "first"]),
        {"title": "kept", "summary": "other", "source_url": "kept"},
    )
    assert response.status_code == 302
    kept.refresh_from_db()
    flag.refresh_from_db()
    assert kept.summary == "Another hub's summary." and flag.status == "resolved"


def test_contributor_cannot_merge(client, contributor, pair):
    kept, other = pair
    flag = Flag.objects.create(resource=kept, other=other, kind="duplicate", score=0.9)
    client.force_login(contributor)
    client.post(reverse("admin:curation_flag_merge", args=[flag.pk, "first"]), {})
    other.refresh_from_db()
    assert other.status == Resource.Status.PUBLISHED
