"""Ingestion keeps copies of the organisations, vocabularies and labelled titles in its process;
a change made after one ingestion is used by the next one, in this process or from another."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lantern.catalog.models import Organisation, Resource, Topic
from lantern.ingest import known, pipeline
from lantern.ingest.extract import suggest
from lantern.ingest.models import KnownVersion
from lantern.ingest.sources.base import Extracted

# Outside a transaction, as a worker runs: inside one, nothing is kept.
pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Hidden Harms: Labour Exploitation in Car Washes"


@pytest.fixture(autouse=True)
def _no_copies():
    # These tests add FLEX themselves, to watch the kept copy follow; the shipped directory has it.
    Organisation.objects.filter(name="Focus on Labour Exploitation").delete()
    known.forget()
    yield
    known.forget()


def analyse(publisher: str = "FLEX", title: str = TITLE):
    pages = [f"{title}\n\nPublished by {publisher}\n\nMarch 2021", "Workers in car washes described their pay. " * 20]
    return pipeline.analyse(Extracted(media_type="application/pdf", pages=pages), "fallback")


def queries_on(table: str, run) -> int:
    with CaptureQueriesContext(connection) as captured:
        run()
    return sum(table in query["sql"] for query in captured.captured_queries)


def test_a_new_alias_reaches_the_next_ingestion_in_the_same_process():
    org = Organisation.objects.create(name="Focus on Labour Exploitation")
    assert analyse().publisher.organisation is None  # "FLEX" is not known yet, and the copy is kept
    org.aliases = "FLEX"
    org.save()
    found = analyse().publisher
    assert found.organisation == org and found.name == "Focus on Labour Exploitation"


def test_the_copy_is_kept_while_nothing_changes():
    Organisation.objects.create(name="Focus on Labour Exploitation", acronym="FLEX")
    assert analyse().publisher.organisation is not None
    assert queries_on("catalog_organisation", analyse) == 1  # the stamp (its highest id), no organisation read
    assert queries_on("catalog_resource", analyse) == 1  # the stamp again: no title read


def test_a_change_from_another_process_is_seen_by_its_number():
    org = Organisation.objects.create(name="Focus on Labour Exploitation")
    analyse()
    # Another process: the row changes, then its committed change raises the number; nothing here hears it.
    Organisation.objects.filter(pk=org.pk).update(aliases="FLEX")
    assert analyse().publisher.organisation is None  # no signal, no number: the kept copy (until MAX_AGE)
    KnownVersion.objects.filter(name="organisations").update(number=99)
    assert analyse().publisher.organisation == org


def test_an_organisation_created_in_bulk_is_seen_by_its_id():
    analyse()
    Organisation.objects.bulk_create([Organisation(name="Focus on Labour Exploitation", slug="flex", acronym="FLEX")])
    assert analyse().publisher.organisation.slug == "flex"


def test_similar_titles_follow_new_and_renamed_resources():
    topic = Topic.objects.create(slug="wages", name="Wages")
    assert suggest.neighbours(TITLE) == []
    like = Resource.objects.create(title="Labour Exploitation in Car Washes", status=Resource.Status.PUBLISHED)
    like.topics.add(topic)
    assert [r.pk for _s, r in suggest.neighbours(TITLE)] == [like.pk]  # new: found by its id
    assert any(s.value == topic.slug and "similar" in s.evidence for s in analyse().suggestions)
    like.title = "Annual accounts"
    like.save()
    assert suggest.neighbours(TITLE) == []  # renamed: the index is built again
    like.title = "Car Washes and Labour Exploitation"
    like.save()
    assert [r.pk for _s, r in suggest.neighbours(TITLE)] == [like.pk]
    like.delete()
    assert suggest.neighbours(TITLE) == []


def test_an_ingested_draft_is_no_neighbour_and_a_vocabulary_change_is_seen():
    Resource.objects.create(
        title="Labour Exploitation in Car Washes", provenance=Resource.Provenance.INGEST, status=Resource.Status.DRAFT
    )
    assert suggest.neighbours(TITLE) == []
    topic = Topic.objects.create(slug="car-washes", name="Hand car washes", synonyms="car washes")
    assert any(s.value == topic.slug for s in analyse().suggestions)
    topic.delete()
    assert not any(s.value == "car-washes" for s in analyse().suggestions)
