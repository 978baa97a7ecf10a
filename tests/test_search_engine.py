"""The embedded engine stays in step with the database, whatever process or transaction changes it."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from factories import make_resource

from lantern.catalog.models import Resource
from lantern.search import engine, index
from lantern.search.models import IndexQueue, SearchDocument
from lantern.search.service import search


@pytest.fixture(autouse=True)
def embedded_engine(settings):
    """These tests are about the tantivy index, also when the suite runs on the database engine."""
    settings.LANTERN_SEARCH_ENGINE = "tantivy"


def titles(results) -> list[str]:
    return [hit.resource.title for hit in results.hits]


@pytest.mark.django_db(transaction=True)
def test_a_committed_change_is_applied_at_once_and_a_rolled_back_one_never(settings):
    kept = make_resource("Labour inspection handbook")
    assert IndexQueue.objects.count() == 0  # applied after the commit, not left for a search
    assert engine.counts()[0] == 1
    with pytest.raises(RuntimeError), transaction.atomic():
        make_resource("Labour rights poster")
        raise RuntimeError("the curator's save failed half-way")
    assert titles(search("labour")) == [kept.title]
    assert engine.counts()[0] == 1


@pytest.mark.django_db
def test_a_change_queued_by_another_process_is_found_by_the_next_search():
    resource = make_resource("Fishing vessels: a guide for inspectors")
    assert titles(search("fishing")) == [resource.title]
    # What another process (the worker, an import) leaves behind: new documents and queue rows.
    Resource.objects.filter(pk=resource.pk).update(title="Fishing fleets: a guide for port inspectors")
    document = SearchDocument.objects.get(pk=resource.pk)
    document.title = "Fishing fleets: a guide for port inspectors"
    document.save()
    engine.queue([resource.pk])  # never committed here: the search applies it
    results = search("port inspectors")
    assert titles(results) == ["Fishing fleets: a guide for port inspectors"]
    assert IndexQueue.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_save_applies_its_own_change_and_leaves_a_bulk_imports_backlog_to_searches():
    """A curator's save during a bulk import answers without indexing the import's thousands."""
    backlog = [make_resource(f"Imported guide {n} on seafarers") for n in range(30)]
    for resource in backlog:  # what an import in another process has queued and not yet applied
        document = SearchDocument.objects.get(pk=resource.pk)
        document.title = f"Imported guide {resource.pk} on fishing crews"
        document.save()
    replica = engine.handle().replica
    IndexQueue.objects.bulk_create(IndexQueue(replica=replica, resource_id=r.pk) for r in backlog)

    edited = make_resource("Port state control checklist")
    edited.title = "Port state control checklist for inspectors"
    edited.save()

    assert IndexQueue.objects.count() == 30  # the backlog waits; the save's own row is applied
    assert titles(search("checklist inspectors")) == [edited.title]  # and a search applies the rest
    assert search("fishing crews").total == 30
    assert IndexQueue.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_the_worker_applies_what_other_processes_left_queued_for_its_machine():
    resources = [make_resource(f"Shelter standards {n}") for n in range(3)]
    replica = engine.handle().replica
    SearchDocument.objects.filter(pk__in=[r.pk for r in resources]).update(title="Reception centre standards")
    IndexQueue.objects.bulk_create(IndexQueue(replica=replica, resource_id=r.pk) for r in resources)

    call_command("worker", "--batch", stdout=io.StringIO())

    assert IndexQueue.objects.count() == 0  # applied by the worker: the search below has nothing to apply
    assert search("reception centre").total == 3


@pytest.mark.django_db
def test_each_index_directory_gets_every_change_one_machine_applying_it_takes_nothing_from_another(settings, tmp_path):
    resource = make_resource("Seafarers welfare guide")
    first, second = settings.LANTERN_SEARCH_INDEX_DIR, str(tmp_path / "another-machine")
    assert search("seafarers").total == 1
    settings.LANTERN_SEARCH_INDEX_DIR = second
    assert search("seafarers").total == 1  # built from the tables, and now a replica too
    resource.title = "Dockworkers welfare guide"
    resource.save()  # queued for both replicas
    assert titles(search("dockworkers")) == ["Dockworkers welfare guide"]  # applied to the second
    settings.LANTERN_SEARCH_INDEX_DIR = first
    assert titles(search("dockworkers")) == ["Dockworkers welfare guide"]  # still waiting for the first
    assert IndexQueue.objects.count() == 0


@pytest.mark.django_db
def test_a_replica_that_applied_nothing_for_a_week_is_forgotten_and_rebuilt_when_it_returns(settings, tmp_path):
    from datetime import timedelta

    from django.utils import timezone

    from lantern.search.models import IndexReplica

    resource = make_resource("Brick kiln survey")
    first, second = settings.LANTERN_SEARCH_INDEX_DIR, str(tmp_path / "another-machine")
    assert search("kiln").total == 1
    settings.LANTERN_SEARCH_INDEX_DIR = second
    assert search("kiln").total == 1
    resource.title = "Brick kiln workers survey"
    resource.save()
    IndexQueue.objects.update(created_at=timezone.now() - timedelta(days=8))  # the first machine was away
    engine.rebuild()  # the second applies everything and forgets replicas that did not
    assert IndexReplica.objects.count() == 1 and IndexQueue.objects.count() == 0
    settings.LANTERN_SEARCH_INDEX_DIR = first  # back: no longer known, so rebuilt
    assert titles(search("workers")) == ["Brick kiln workers survey"]
    assert IndexReplica.objects.count() == 2


@pytest.mark.django_db
def test_a_deleted_index_directory_is_rebuilt_from_the_database(settings, tmp_path):
    make_resource("Supply chain due diligence", topics=["supply-chains"])
    assert search("due diligence").total == 1
    shutil.rmtree(settings.LANTERN_SEARCH_INDEX_DIR)
    settings.LANTERN_SEARCH_INDEX_DIR = str(tmp_path / "elsewhere")
    results = search("due diligence")
    assert results.total == 1
    assert {f.name: [v.value for v in f.values] for f in results.facets}["topic"] == ["supply-chains"]


@pytest.mark.django_db
def test_reindex_check_reports_an_index_out_of_step_and_reindex_repairs_it():
    make_resource("Survivor support services directory")
    make_resource("Survivor voices report")
    assert index.drift() == []
    current = engine.handle()
    writer = current.resources.writer(15_000_000, 1)  # someone damaged the index
    writer.delete_all_documents()
    writer.commit()
    writer.wait_merging_threads()
    problems = index.drift()
    assert any("search index holds 0 resources, the database 2" in p for p in problems)
    index.rebuild()
    assert index.drift() == []
    assert search("survivor").total == 2


# Each index has its own lock, and a writing process releases them one after the other: either
# may be the busy one.
@pytest.mark.parametrize("locked", ["resources", "passages"])
@pytest.mark.django_db
def test_saving_while_another_process_writes_the_index_loses_nothing(settings, locked):
    resource = make_resource("Domestic servitude indicators")
    assert search("servitude").total == 1
    holder = subprocess.Popen(  # another process holding one of the indexes' writer locks
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time, tantivy
                index = tantivy.Index.open({str(Path(settings.LANTERN_SEARCH_INDEX_DIR) / locked)!r})
                writer = index.writer(15_000_000, 1)
                print("locked", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        resource.title = "Domestic servitude: indicators for health visitors"
        resource.save()  # queued; the index is busy
        assert search("health visitors").total in (0, 1)  # no error while it is busy
    finally:
        holder.communicate("done\n", timeout=30)
    assert titles(search("health visitors")) == ["Domestic servitude: indicators for health visitors"]


@pytest.mark.django_db
def test_user_text_is_never_engine_syntax():
    make_resource("Child trafficking: a practitioner's guide")
    for hostile in ['title:"', "*:*", "trafficking AND (", "[0 TO 9]", "guide^100", '\\"', "id:1 OR 1=1"]:
        results = search(hostile)
        assert results.total in (0, 1), hostile


@pytest.mark.django_db
def test_related_without_vectors_share_most_topics_then_countries_newest_first(settings):
    import datetime as dt

    from lantern.search.related import related

    settings.LANTERN_SEARCH_SEMANTIC = False  # vectors not computed yet: related by shared terms
    base = make_resource("Hotel sector guidance", topics=["hospitality", "labour-exploitation"], countries=["GB"])
    both = make_resource("Hotel forced labour audit", topics=["hospitality", "labour-exploitation"])
    older = make_resource("Hospitality in the UK", topics=["hospitality"], countries=["GB"], date=dt.date(2015, 1, 1))
    newer = make_resource("Hospitality in Britain", topics=["hospitality"], countries=["GB"], date=dt.date(2020, 1, 1))
    one = make_resource("Hotel staff leaflet", topics=["hospitality"])
    make_resource("Unrelated fisheries report")
    translation = make_resource(
        "Guide du secteur hôtelier", topics=["hospitality", "labour-exploitation"], translation_of=base
    )
    found = related(base)
    assert found == [both, newer, older, one]
    assert translation not in found


@pytest.mark.django_db
def test_home_page_counts_from_the_engine_equal_the_database_counts():
    from lantern.catalog.models import Topic
    from lantern.public import views
    from lantern.search import service

    labour, hospitality = Topic.objects.get(slug="labour-exploitation"), Topic.objects.get(slug="hospitality")
    make_resource("A", topics=[labour.slug, hospitality.slug], countries=["GB", "FR"], type="report")
    make_resource("B", topics=[labour.slug], countries=["GB"], type="guidance")
    make_resource("C", topics=[hospitality.slug], countries=["ES"], type="report")
    make_resource("Draft", topics=[labour.slug], countries=["IT"], status=Resource.Status.DRAFT)
    published = Resource.objects.published()
    from_database = {
        "topic_groups": views.topic_groups(published),
        "types": views.type_counts(published),
        "regions": views.region_counts(published),
        "countries": views.country_counts(published, views.HOME_COUNTRIES),
        "total": published.count(),
    }
    assert views._home_counts(service.overview()) == from_database
    assert from_database["total"] == 3
