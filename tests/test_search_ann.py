"""Semantic search through the approximate vector index (usearch), as used above ANN_THRESHOLD.

The threshold is lowered to one passage so a three-resource hub takes the path a large hub takes;
index updates run inside the search call instead of a background thread.
"""

from __future__ import annotations

import time

import pytest
from django.core.management import call_command
from factories import make_resource
from search_support import embed

from lantern.catalog.models import Resource
from lantern.search import semantic
from lantern.search.service import search

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _approximate(monkeypatch):
    monkeypatch.setattr(semantic, "ANN_THRESHOLD", 1)
    monkeypatch.setattr(semantic, "ANN_IN_BACKGROUND", False)
    monkeypatch.setattr(semantic, "_last_attempt", {"at": -float("inf")})


@pytest.fixture
def hub(db):
    hub = {
        "hotels": make_resource(
            "Hospitality toolkit",
            slug="hotels",
            teaser="How hotel receptionists and housekeeping staff can spot human trafficking among guests.",
        ),
        "cakes": make_resource("Baking for beginners", slug="cakes", teaser="Recipes for chocolate cake and bread."),
        "mines": make_resource(
            "Children in artisanal mines",
            slug="mines",
            teaser="Child labour in small gold and cobalt mines, and how buyers can trace their minerals.",
        ),
    }
    embed()
    call_command("reindex", verbosity=0)
    return hub


def slugs(text: str) -> list[str]:
    return [hit.resource.slug for hit in search(text).hits]


def approximate() -> bool:
    """Whether the search page's vectors come from an up-to-date approximate index."""
    ann = semantic.store().ann
    return ann is not None and ann.current


def test_reindex_writes_the_index_and_a_spanish_question_finds_the_english_resource(hub):
    assert semantic.ann_path().stat().st_size > 0
    assert approximate()
    assert slugs("trata de personas en hoteles")[0] == "hotels"
    assert slugs("niños trabajando en minas de oro")[0] == "mines"


def test_similar_resources_through_the_index(hub):
    motels = make_resource(
        "Motels and guest houses", slug="motels", teaser="Signs of trafficking that motel staff may notice at check-in."
    )
    embed()
    assert [rid for rid, _ in semantic.similar_resources(hub["hotels"].id, 1)] == [motels.id]
    assert approximate()


def test_a_resource_added_after_the_index_was_built_is_found(hub):
    # Another process holds the index for now: the new passages are searched exactly meanwhile.
    semantic._last_attempt["at"] = time.monotonic() + 3600
    make_resource("Forced labour at sea", slug="fishing", teaser="Fishermen held on boats for years without pay.")
    embed()
    assert slugs("pescadores retenidos en barcos")[0] == "fishing"
    assert not approximate()
    # Once this process may update it, the index takes the new passages in.
    semantic._last_attempt["at"] = -float("inf")
    assert slugs("pescadores retenidos en barcos")[0] == "fishing"
    assert approximate()


@pytest.mark.parametrize("lagging", [True, False])
def test_deleted_and_unpublished_resources_are_not_found(hub, lagging):
    if lagging:
        semantic._last_attempt["at"] = time.monotonic() + 3600
    hub["hotels"].status = Resource.Status.DRAFT
    hub["hotels"].save()
    hub["mines"].delete()
    embed()
    assert "hotels" not in slugs("trata de personas en hoteles")
    assert "mines" not in slugs("niños trabajando en minas de oro")
    found = {rid for rid, _, _ in semantic.search("hotel staff spotting trafficking and child miners", 10)}
    assert found == {hub["cakes"].id}
    assert approximate() is not lagging


@pytest.mark.parametrize("damage", ["corrupt", "truncated", "missing"])
def test_a_damaged_or_missing_index_falls_back_to_exact_search(hub, damage, monkeypatch):
    path = semantic.ann_path()
    if damage == "corrupt":
        path.write_bytes(b"not an index" * 100)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    else:
        path.unlink()
    semantic._store["key"] = None  # as a process starting now
    semantic._store.pop("store", None)
    monkeypatch.setattr(semantic, "_last_attempt", {"at": time.monotonic() + 3600})  # no repair yet
    assert slugs("trata de personas en hoteles")[0] == "hotels"
    assert semantic.store().ann is None
    # The next update replaces the file.
    semantic._last_attempt["at"] = -float("inf")
    assert slugs("trata de personas en hoteles")[0] == "hotels"
    assert approximate()


def test_below_the_threshold_reindex_writes_no_index_and_search_is_exact(db, monkeypatch):
    monkeypatch.setattr(semantic, "ANN_THRESHOLD", 50_000)
    make_resource("Hospitality toolkit", slug="hotels", teaser="Hotel staff can spot human trafficking.")
    embed()
    call_command("reindex", verbosity=0)
    assert not semantic.ann_path().exists()
    assert slugs("trata de personas en hoteles") == ["hotels"]
    assert semantic.store().ann is None
