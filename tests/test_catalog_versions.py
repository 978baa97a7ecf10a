"""Copies of the catalogue kept in a process (the organisations, vocabularies and titles that
ingestion checks against, the search vocabulary and thesaurus, the topic tree) follow the one
catalogue version: a change made in this process or another is used by the next document, query
or page, and nothing is read again while nothing changed."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from factories import make_resource

from lantern.catalog import versions
from lantern.catalog.lookups import Lookups
from lantern.catalog.models import Organisation, Resource, Topic
from lantern.ingest import pipeline
from lantern.ingest.extract import suggest
from lantern.ingest.sources.base import Extracted
from lantern.public import results
from lantern.search import index, service, spelling
from lantern.search.models import SearchTerm, ThesaurusEntry

# Committed for real, as a worker or a web process writes: the numbers move when a change commits.
pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Hidden Harms: Labour Exploitation in Car Washes"


@pytest.fixture(autouse=True)
def _no_copies():
    # These tests add FLEX themselves, to watch the kept copy follow; the shipped directory has it.
    Organisation.objects.filter(name="Focus on Labour Exploitation").delete()
    versions.forget()
    yield
    versions.forget()


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
    assert queries_on("catalog_catalogueversion", analyse) == 1  # the numbers, read once a document
    assert queries_on("catalog_organisation", analyse) == 0
    assert queries_on("catalog_resource", analyse) == 0  # no title read


def test_a_change_from_another_process_is_seen_by_its_number():
    org = Organisation.objects.create(name="Focus on Labour Exploitation")
    analyse()
    # Another process: the row changes, then its committed change raises the number; nothing here hears it.
    Organisation.objects.filter(pk=org.pk).update(aliases="FLEX")
    assert analyse().publisher.organisation is None  # no signal, no number: the kept copy (until MAX_AGE)
    versions.bump()  # the catalogue moved, the directory did not: the copy is kept
    assert analyse().publisher.organisation is None
    versions.bump("organisations")
    assert analyse().publisher.organisation == org


def test_an_organisation_created_in_bulk_by_an_import_is_seen():
    publisher = "Focus on Labour Exploitation"
    analyse(publisher)
    Lookups().add_names([publisher], [])  # as the bulk writer does: no post_save
    assert analyse(publisher).publisher.organisation.name == publisher


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


# --- the same version keys the search vocabulary, the thesaurus, the topic tree and the pages ------
@pytest.fixture
def page_cache(settings):
    settings.LANTERN_PAGE_CACHE_SECONDS = 300


def test_a_rebuild_of_the_search_index_shows_on_cached_pages_at_once(client, page_cache):
    resource = make_resource("Guidance for hotel staff")
    assert "Guidance for hotel staff" in client.get("/search/?q=hotel").text
    Resource.objects.filter(pk=resource.pk).update(title="Guidance for hotel and bar staff")  # tells nothing
    assert "hotel and bar" not in client.get("/search/?q=hotel").text  # the cached page, until it expires
    index.rebuild()  # what `lantern reindex` does
    assert "Guidance for hotel and bar staff" in client.get("/search/?q=hotel").text


def test_a_new_thesaurus_entry_applies_to_the_next_search_and_retires_its_cached_page(client, page_cache):
    make_resource("Guidance for hotel staff")
    assert "Guidance for hotel staff" not in client.get("/search/?q=zqinn").text
    ThesaurusEntry.objects.create(terms="zqinn\nhotel", kind=ThesaurusEntry.Kind.SYNONYM)
    assert "Guidance for hotel staff" in client.get("/search/?q=zqinn").text


def test_a_word_indexed_by_another_process_is_known_to_the_typo_corrector():
    make_resource("Guidance for hotel staff")
    assert spelling.correct("zorblin") is None
    SearchTerm.objects.create(word="zorbling", documents=3)  # another process indexed it...
    assert spelling.correct("zorblin") is None  # ...and has not committed its change yet
    versions.bump()  # its commit raises the catalogue's version
    assert spelling.correct("zorblin") == "zorbling"


def test_a_copy_made_inside_a_transaction_goes_with_its_rollback():
    before = [topic.slug for topic in results.all_topics()]
    with pytest.raises(RuntimeError), transaction.atomic():
        Topic.objects.create(slug="zz-passing", name="Passing topic")
        assert "zz-passing" in [topic.slug for topic in results.all_topics()]
        assert "zz-passing" in service.vocabulary_labels()[0]
        raise RuntimeError
    assert [topic.slug for topic in results.all_topics()] == before
    assert "zz-passing" not in service.vocabulary_labels()[0]


def test_a_copy_made_inside_a_rolled_back_savepoint_goes_with_it():
    with transaction.atomic():
        make_resource("Guidance for hotel staff")  # the transaction has changes of its own
        with pytest.raises(RuntimeError), transaction.atomic():
            Topic.objects.create(slug="zz-passing", name="Passing topic")
            assert "zz-passing" in [topic.slug for topic in results.all_topics()]
            raise RuntimeError
        assert "zz-passing" not in [topic.slug for topic in results.all_topics()]


def test_the_topic_tree_is_read_once_while_nothing_changes():
    results.all_topics()
    assert queries_on("catalog_topic", results.all_topics) == 0
    make_resource("Guidance for hotel staff")  # the catalogue moved, the topics did not
    assert queries_on("catalog_topic", results.all_topics) == 0
    Topic.objects.create(slug="zz-new", name="New topic")
    assert queries_on("catalog_topic", results.all_topics) == 1


def test_the_site_and_ingestion_keep_their_own_copies_in_one_process():
    # A web process that also analyses a document (or a test doing both) keeps both copies apart.
    topics = results.all_topics()
    analyse()
    assert results.all_topics() == topics
    assert all(isinstance(topic, Topic) for topic in results.all_topics())
