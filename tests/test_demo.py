"""The demo hub: what every newcomer sees first."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from lantern.catalog.models import Resource
from lantern.ingest import demo
from lantern.search.service import search

pytestmark = pytest.mark.django_db
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_384c1cedef27c537.txt"

SEED_TITLES = [
    "2017 UK Annual Report on Modern Slavery",
    "Collaborating for Freedom",  # IASC and University of Nottingham, multi-agency partnerships
    "Sex Trafficking During COVID-19",  # Eduardo and Powell's guide for survivors
]


@pytest.fixture
def loaded(db):
    report = demo.load()
    assert report.errors == []
    return report


def test_demo_hub_is_large_varied_and_real(loaded):
    published = Resource.objects.published()
    assert published.count() >= 80
    types = Counter(published.values_list("type", flat=True))
    assert len(types) == len(Resource.Type.values) and min(types.values()) >= 1
    languages = Counter(published.values_list("languages__code", flat=True))
    assert languages["en"] >= 50 and languages["fr"] >= 8 and languages["es"] >= 8
    assert published.exclude(source_url="").count() == published.count()
    assert published.filter(featured=True).count() >= 4
    assert published.filter(translation_of__isnull=False).count() >= 2
    assert published.filter(superseded_by__isnull=False).count() >= 5
    assert published.filter(attachments__isnull=False).distinct().count() >= 5
    publishers = Counter(published.values_list("publishers__name", flat=True))
    for name in [
        "Home Office",
        "Independent Anti-Slavery Commissioner",
        "International Labour Organization",
        "International Organization for Migration",
        "United Nations Office on Drugs and Crime",
        "Polaris",
        "Walk Free",
    ]:
        assert publishers[name] >= 1, name


def test_seed_resources_are_in_the_demo(loaded):
    titles = list(Resource.objects.values_list("title", flat=True))
    for fragment in SEED_TITLES:
        assert any(fragment.lower() in t.lower() for t in titles), fragment
    assert Resource.objects.filter(publishers__name="Liberty Shared", type="briefing").exists()
    assert Resource.objects.filter(publishers__name="Polaris", type="data").count() >= 2


def test_summaries_are_written_in_our_own_words(loaded):
    """No run of ten words of the seed page's prose appears in a demo summary."""
    if not SEED.exists():
        pytest.skip("the shared seed is not beside the repository")
    words = re.findall(r"\w+", SEED.read_text(encoding="utf-8").lower())
    shingles = {" ".join(words[i : i + 10]) for i in range(len(words) - 9)}
    for resource in Resource.objects.all():
        text = re.findall(r"\w+", f"{resource.teaser} {resource.summary}".lower())
        ours = {" ".join(text[i : i + 10]) for i in range(len(text) - 9)}
        assert not ours & shingles, resource.title


def test_demo_loads_twice_without_change(loaded):
    before = {
        r["slug"]: r
        for r in (
            json.loads(json.dumps(dict(slug=r.slug, t=r.title, u=str(r.updated_at)))) for r in Resource.objects.all()
        )
    }
    again = demo.load()
    assert again.created == 0 and again.errors == []
    after = {r.slug: dict(slug=r.slug, t=r.title, u=str(r.updated_at)) for r in Resource.objects.all()}
    assert after == before


def test_demo_search_finds_what_practitioners_ask(loaded):
    assert search("National Referral Mechanism").total >= 3
    assert any(
        "Annual Report on Modern Slavery" in h.resource.title
        for h in search("uk annual report modern slavery").hits[:3]
    )
    assert search("trata de personas").total >= 3
    assert search("traite des êtres humains").total >= 3
    assert search("", {"type": ["legislation"], "country": ["GB"]}).total >= 1
