"""What a searcher sees is right: highlights on any text, exclusions, operators, typos, spellings.

Runs on every engine (the Makefile runs the search suites again with the database engine).
"""

from __future__ import annotations

import html
import json

import pytest
from factories import make_resource
from search_support import embed

from lantern.search.service import search

pytestmark = pytest.mark.django_db


def slugs(results) -> list[str]:
    return [hit.resource.slug for hit in results.hits]


@pytest.mark.parametrize(
    "title, query, marked",
    [
        (
            "National Referral Mechanisms – Protecting Trafficked Persons: A Handbook",
            "trafficked handbook",
            ["Trafficked", "Handbook"],
        ),
        ("Guía práctica sobre trata de personas en España", "trata personas", ["trata", "personas"]),
        ("“Hidden in plain sight” — forced labour in café supply chains", "forced cafe", ["forced", "café"]),
        ("人口贩运 report: 🚩 red flags for hotel staff", "hotel flags", ["flags", "hotel"]),
        (
            "Ça commence ici : l’exploitation des travailleurs saisonniers",
            "travailleurs saisonniers",
            ["travailleurs", "saisonniers"],
        ),
    ],
)
def test_highlights_fall_on_the_matched_words_in_any_script(title, query, marked):
    resource = make_resource(title, summary="A resource of the field.")
    hit = next(h for h in search(query).hits if h.resource == resource)
    for word in marked:
        assert f"<mark>{word}</mark>" in hit.title_html, hit.title_html
    assert html.unescape(hit.title_html.replace("<mark>", "").replace("</mark>", "")) == title


@pytest.fixture
def fields_hub(db):
    hub = {
        "act": make_resource(
            "Modern Slavery Act 2015",
            summary="The UK law on slavery, servitude, forced or compulsory labour and human trafficking.",
        ),
        "fishing": make_resource(
            "Forced labour in the Thai fishing industry",
            summary="Migrant crews held at sea on fishing boats in conditions of forced labour.",
        ),
        "farms": make_resource("Forced labour on farms", summary="Seasonal workers and recruitment debts."),
        "hotels": make_resource("Hotel staff guide", summary="Spotting the signs of trafficking in hotels."),
        "organised": make_resource(
            "Organised crime and trafficking networks", summary="How organised criminal groups recruit victims."
        ),
        "organized": make_resource(
            "Trafficking as organized crime", summary="A US briefing on organized crime groups and prosecution."
        ),
    }
    embed()  # semantic matches included: an exclusion must not change what they are
    return hub


def test_excluding_a_word_no_record_has_changes_nothing(fields_hub):
    plain = search("forced labour", per_page=100)
    excluded = search("forced labour -zzzunicorn", per_page=100)
    assert slugs(excluded) == slugs(plain)
    assert excluded.total == plain.total


def test_excluding_a_word_removes_exactly_the_records_having_it(fields_hub):
    plain = set(slugs(search("forced labour", per_page=100)))
    having = set(slugs(search("fishing", per_page=100)))
    excluded = set(slugs(search("forced labour -fishing", per_page=100)))
    assert fields_hub["fishing"].slug in having
    assert excluded == plain - having
    assert fields_hub["act"].slug in excluded  # it never mentions fish


def test_or_and_phrases_keep_their_meaning_after_expansion(fields_hub):
    either = set(slugs(search("hotels OR fishing", per_page=100)))
    assert {fields_hub["hotels"].slug, fields_hub["fishing"].slug} <= either
    phrase = set(slugs(search('"forced labour" -"fishing industry"', per_page=100)))
    assert fields_hub["fishing"].slug not in phrase and fields_hub["farms"].slug in phrase


def test_british_and_american_spellings_find_the_same(fields_hub):
    british, american = search("organised crime", per_page=100), search("organized crime", per_page=100)
    assert {fields_hub["organised"].slug, fields_hub["organized"].slug} <= set(slugs(british))
    assert slugs(british) == slugs(american)
    assert british.total == american.total and not british.suggestion and not american.suggestion


@pytest.mark.parametrize("query", ["fish", "wish list", "travail forcé", "hotel"])
def test_real_words_are_never_corrected(fields_hub, query):
    assert search(query).suggestion == ""


@pytest.mark.parametrize(
    "typed, meant", [("forcd labour", "forced labour"), ("orgnised crime", "organised crime"), ("fihsing", "fishing")]
)
def test_typos_are_corrected_and_said_so(fields_hub, typed, meant):
    results = search(typed)
    assert results.suggestion == meant
    assert results.total > 0
    as_typed = search(typed, as_typed=True)
    assert as_typed.suggestion == ""
    assert as_typed.total < results.total or as_typed.warnings  # the typed words alone: fewer, or only some words


def test_the_site_says_what_it_corrected_and_offers_the_words_typed(fields_hub, client):
    page = client.get("/search/", {"q": "orgnised crime"}).content.decode()
    assert "Showing results for <strong>organised crime</strong>" in page
    assert "as_typed=1" in page and "Search instead for “orgnised crime”" in page
    typed = client.get("/search/", {"q": "orgnised crime", "as_typed": "1"}).content.decode()
    assert "Showing results for" not in typed


def test_the_api_says_what_it_corrected(fields_hub, client):
    data = client.get("/api/v1/search", {"q": "orgnised crime"}).json()
    assert data["corrected_query"] == "organised crime" and data["total"] > 0
    typed = client.get("/api/v1/search", {"q": "orgnised crime", "as_typed": "true"}).json()
    assert typed["corrected_query"] == ""


def test_the_cli_says_what_it_corrected(cli_env, tmp_path):
    from conftest import run_lantern

    rows = [
        {"title": "Organised crime and trafficking networks", "summary": "Criminal groups.", "status": "published"},
        {"title": "Forced labour on farms", "summary": "Seasonal workers.", "status": "published"},
    ]
    path = tmp_path / "hub.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run_lantern(cli_env, "import", str(path), check=True)
    done = run_lantern(cli_env, "search", "orgnised crime", "--json", check=True)
    answer = json.loads(done.stdout)
    assert answer["corrected_query"] == "organised crime" and answer["total"] == 1
    typed = run_lantern(cli_env, "search", "orgnised crime", "--json", "--as-typed", check=True)
    assert json.loads(typed.stdout)["corrected_query"] == ""


def test_imported_records_are_found_by_meaning_as_soon_as_the_import_returns(cli_env, tmp_path):
    """No `lantern reindex` in between: the import computes its records' vectors itself."""
    from conftest import run_lantern

    rows = [
        {
            "title": "Debt bondage in brick kilns",
            "summary": "Families borrow from kiln owners and must work for years to repay advances that never shrink.",
            "status": "published",
        },
        {"title": "Hotel staff guide", "summary": "Signs of exploitation for receptionists.", "status": "published"},
    ]
    path = tmp_path / "hub.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = json.loads(run_lantern(cli_env, "import", str(path), "--json", check=True).stdout)
    assert report["created"] == 2 and report["vectors"] == 2
    query = "workers who cannot leave because they owe money to the employer"  # no word of the record
    answer = json.loads(run_lantern(cli_env, "search", query, "--json", check=True).stdout)
    assert answer["results"] and answer["results"][0]["slug"] == "debt-bondage-in-brick-kilns"


@pytest.mark.django_db(transaction=True)
def test_a_record_saved_on_its_own_gets_its_vectors_from_the_worker():
    """Saved through the admin or the API: the worker computes its vectors (here the task runs at
    once, as the test settings' immediate backend does), so it is found by meaning too."""
    from lantern.search.models import SearchChunk

    resource = make_resource(
        "Debt bondage in brick kilns",
        summary="Families borrow from kiln owners and must work for years to repay advances that never shrink.",
    )
    chunks = SearchChunk.objects.filter(resource=resource)
    assert chunks.exists() and not chunks.filter(vector=None).exists()
    found = search("workers who cannot leave because they owe money to the employer")
    assert slugs(found)[:1] == [resource.slug]
