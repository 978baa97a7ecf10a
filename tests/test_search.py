"""The search entry point: text inside records, syntax, filters, facets, snippets, sync."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import make_collection, make_organisation, make_resource

from lantern.catalog.models import Organisation, Resource, Topic
from lantern.search import index
from lantern.search.service import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def hub(db):
    home_office = make_organisation("Home Office", kind="government", country_id="GB")
    ilo = make_organisation("International Labour Organization", acronym="ILO", aliases="International Labour Office")
    polaris = make_organisation("Polaris", kind="ngo", country_id="US", aliases="")  # not the directory's aliases
    covid = make_collection()
    return {
        "annual": make_resource(
            "2017 UK Annual Report on Modern Slavery",
            publishers=[home_office],
            type="report",
            teaser="How the UK governments responded to modern slavery in 2017.",
            summary="Covers the National Referral Mechanism, prosecutions and support for victims.",
            topics=["legislation-policy", "referral"],
            countries=["GB"],
            languages=["en"],
            date=dt.date(2017, 10, 1),
        ),
        "farms": make_resource(
            "Forced labour on farms: a guide for growers",
            publishers=[ilo],
            type="guidance",
            teaser="Spotting forced labour among seasonal workers.",
            description="<p>Recruitment fees and <strong>debt bondage</strong> trap workers picking fruit.</p>",
            topics=["labour-exploitation", "agriculture"],
            countries=["IT", "ES"],
            languages=["en"],
            date=dt.date(2019, 3, 1),
        ),
        "hotline": make_resource(
            "Hotline statistics 2017",
            publishers=[polaris],
            type="data",
            summary="Signals and cases reported to the US national human trafficking hotline in 2017.",
            topics=["data-research"],
            countries=["US"],
            languages=["en"],
            date=dt.date(2018, 7, 1),
        ),
        "covid": make_resource(
            "Guide sur la COVID-19 pour les survivants",
            publishers=[polaris],
            type="toolkit",
            summary="Conseils pour les survivants de la traite pendant la pandémie.",
            topics=["covid-19", "survivor-support"],
            countries=["FR"],
            languages=["fr"],
            collections=[covid],
            date=dt.date(2020, 5, 1),
        ),
        "draft": make_resource("Modern slavery draft not yet reviewed", status=Resource.Status.DRAFT),
    }


def titles(results) -> list[str]:
    return [hit.resource.title for hit in results.hits]


def test_finds_words_in_title_summary_and_description(hub):
    assert titles(search("annual report")) == ["2017 UK Annual Report on Modern Slavery"]
    assert titles(search("National Referral Mechanism")) == ["2017 UK Annual Report on Modern Slavery"]
    assert titles(search("recruitment fees")) == ["Forced labour on farms: a guide for growers"]


def test_unpublished_resources_are_never_found(hub):
    assert "Modern slavery draft not yet reviewed" not in titles(search("modern slavery"))
    assert search("reviewed").total == 0


def test_stemming_and_topic_synonyms_match(hub):
    # "labor" is a synonym of the labour-exploitation topic; "farm" stems to match "farms".
    assert "Forced labour on farms: a guide for growers" in titles(search("labor trafficking"))
    assert "Forced labour on farms: a guide for growers" in titles(search("farm"))


def test_publisher_acronym_and_alias_are_searchable(hub):
    assert titles(search("ILO")) == ["Forced labour on farms: a guide for growers"]
    assert titles(search('"International Labour Office"')) == ["Forced labour on farms: a guide for growers"]


def test_phrase_exclusion_and_or(hub):
    assert titles(search('"forced labour"')) == ["Forced labour on farms: a guide for growers"]
    assert search('"farms forced"').total == 0
    assert "Hotline statistics 2017" not in titles(search("2017 -hotline"))
    assert set(titles(search("hotline OR farms"))) == {
        "Hotline statistics 2017",
        "Forced labour on farms: a guide for growers",
    }
    only_excluded = search("-hotline")
    assert "Hotline statistics 2017" not in titles(only_excluded) and only_excluded.total == 3


def test_field_filters_in_the_search_box(hub):
    assert titles(search("type:guidance")) == ["Forced labour on farms: a guide for growers"]
    assert set(titles(search("year:2017..2018"))) == {
        "2017 UK Annual Report on Modern Slavery",
        "Hotline statistics 2017",
    }
    assert titles(search("year:2019")) == ["Forced labour on farms: a guide for growers"]
    assert titles(search("country:GB")) == ["2017 UK Annual Report on Modern Slavery"]
    assert titles(search("lang:fr")) == ["Guide sur la COVID-19 pour les survivants"]
    assert titles(search('publisher:"Home Office"')) == ["2017 UK Annual Report on Modern Slavery"]
    assert set(titles(search("publisher:polaris type:data"))) == {"Hotline statistics 2017"}
    assert titles(search("region:southern-europe")) == ["Forced labour on farms: a guide for growers"]
    assert titles(search("collection:covid-19")) == ["Guide sur la COVID-19 pour les survivants"]


def test_url_filters_or_within_and_across(hub):
    results = search("", {"type": ["guidance", "data"]})
    assert set(titles(results)) == {"Forced labour on farms: a guide for growers", "Hotline statistics 2017"}
    results = search("", {"type": ["guidance", "data"], "country": ["US"]})
    assert titles(results) == ["Hotline statistics 2017"]


def test_broader_topic_finds_narrower_ones(hub):
    results = search("", {"topic": ["forms-of-exploitation"]})
    assert titles(results) == ["Forced labour on farms: a guide for growers"]


def test_unknown_filter_values_warn_instead_of_failing(hub):
    results = search("type:nonsense country:XX year:abc publisher:nobody")
    assert results.total == 4  # every filter ignored
    assert len(results.warnings) == 4
    assert any("nonsense" in w for w in results.warnings)


def test_facets_count_over_the_filtered_result(hub):
    results = search("", {"language": ["en"]})
    facets = {f.name: {v.value: v.count for v in f.values} for f in results.facets}
    assert facets["type"] == {"report": 1, "guidance": 1, "data": 1}
    assert facets["year"] == {"2019": 1, "2018": 1, "2017": 1}
    assert facets["publisher"]["polaris"] == 1
    assert facets["country"] == {"GB": 1, "IT": 1, "ES": 1, "US": 1}
    assert facets["region"] == {"europe": 2, "americas": 1}
    assert facets["topic"]["agriculture"] == 1
    # A facet's own selection does not narrow its own counts, so a second value can be added.
    assert facets["language"] == {"en": 3, "fr": 1}
    selected = [v.value for f in results.facets for v in f.values if v.selected]
    assert selected == ["en"]


def test_facets_follow_the_text_query(hub):
    results = search("2017", {"type": ["report"]})
    facets = {f.name: {v.value: v.count for v in f.values} for f in results.facets}
    assert results.total == 1
    assert facets["type"] == {"report": 1, "data": 1}


def test_snippets_highlight_matches_and_escape_text(hub):
    make_resource(
        "Scripts <script>alert(1)</script> in titles", summary="A <b>bold</b> claim about trafficking & abuse"
    )
    results = search("trafficking abuse")
    hit = next(h for h in results.hits if "Scripts" in h.resource.title)
    assert "<script>" not in hit.title_html and "&lt;script&gt;" in hit.title_html
    assert "<mark>abuse</mark>" in hit.snippet_html
    assert "<b>" not in hit.snippet_html and "&amp;" in hit.snippet_html


def test_sorting(hub):
    assert titles(search("", sort="newest"))[0] == "Guide sur la COVID-19 pour les survivants"
    assert titles(search("", sort="oldest"))[0] == "2017 UK Annual Report on Modern Slavery"
    assert titles(search("", sort="title"))[0] == "2017 UK Annual Report on Modern Slavery"
    results = search("", sort="evil; DROP TABLE")
    assert results.sort == "newest" and results.warnings


def test_title_matches_rank_above_body_matches(hub):
    make_resource("Debt bondage in brick kilns", teaser="Bonded labour in South Asia.")
    assert titles(search("debt bondage"))[0] == "Debt bondage in brick kilns"


def test_pagination_is_clamped(hub):
    for n in range(25):
        make_resource(f"Awareness leaflet number {n}", teaser="Awareness raising material.")
    first = search("awareness", per_page=10)
    assert first.total == 25 and first.pages == 3 and len(first.hits) == 10
    assert search("awareness", page=99, per_page=10).page == 3
    assert search("awareness", page="abc", per_page=10).page == 1
    assert search("awareness", page=-4, per_page=10).page == 1
    assert len(search("awareness", per_page=100_000).hits) == 25


HOSTILE = [
    '"',
    '""',
    "'",
    "*",
    "-",
    "--",
    "OR",
    "AND",
    "NOT",
    "NEAR(a b)",
    "title:x",
    "a OR OR b",
    "^",
    "(((",
    ")))",
    "\x00",
    "\ue000\ue001",
    'a"b',
    "col:val",
    "{x}",
    "[x]",
    "a:b:c",
    "😀",
    "' OR 1=1 --",
    "'; DROP TABLE catalog_resource; --",
    "\\",
    "%",
    "_",
    "NEAR/3",
    "x" * 5000,
    " ".join(["word"] * 500),
    "year:99999",
    "year:..",
    "type:",
    '-"',
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_fail(hub, query):
    results = search(query)
    # A page of results like any other: as many hits as it counts, all of them public.
    assert results.total == len(results.hits) <= Resource.objects.published().count()
    assert Resource.objects.count() == 5  # nothing was dropped


def test_index_follows_saves_renames_and_deletes(hub):
    farms = hub["farms"]
    farms.title = "Exploitation in orchards"
    farms.save()
    assert titles(search("orchards")) == ["Exploitation in orchards"]
    polaris = Organisation.objects.get(name="Polaris")
    polaris.name = "Polaris Project"  # a renamed publisher reaches every resource it published
    polaris.save()
    assert search('"Polaris Project"').total == 2
    farms.status = Resource.Status.WITHDRAWN
    farms.withdrawn_reason = "Superseded"
    farms.save()
    assert search("orchards").total == 0
    hub["annual"].delete()
    assert search("annual").total == 0
    assert index.drift() == []


def test_topic_changes_reach_the_index(hub):
    annual = hub["annual"]
    assert search("seafood").total == 0
    annual.topics.add(*Topic.objects.filter(slug="fishing"))
    assert titles(search("fisheries")) == ["2017 UK Annual Report on Modern Slavery"]


def test_drift_is_reported_and_rebuild_repairs_it(hub):
    from lantern.search.models import SearchDocument

    SearchDocument.objects.filter(resource=hub["annual"]).delete()
    SearchDocument.objects.filter(resource=hub["farms"]).update(title="stale")
    problems = index.drift()
    assert any("not indexed" in p for p in problems)
    assert any("out of date" in p for p in problems)
    assert index.rebuild() == 4
    assert index.drift() == []
    assert titles(search("annual report")) == ["2017 UK Annual Report on Modern Slavery"]


def test_rebuild_repairs_the_database_engine_and_it_follows_changes_afterwards(hub):
    """The rebuild writes the tables without row-by-row upkeep of the database's own full-text
    index, then rebuilds that once; the upkeep is back for the next change."""
    from django.db import connection

    from lantern.lib.query import parse
    from lantern.search.backends import database_backend

    def found(words: str) -> set[int]:
        sql, params = database_backend().match_sql(parse(words))
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {row[0] for row in cursor.fetchall()}

    if connection.vendor == "sqlite":  # an FTS5 index emptied behind the tables' back
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
            cursor.execute("INSERT INTO search_chunk_fts(search_chunk_fts) VALUES ('delete-all')")
        assert any("FTS5" in p for p in index.drift())
    assert index.rebuild() == 4
    assert index.drift() == []
    assert found("bondage") == {hub["farms"].id}
    later = make_resource("Debt bondage in brick kilns", languages=["en"])
    assert found("bondage") == {hub["farms"].id, later.id}
    later.delete()
    assert found("bondage") == {hub["farms"].id}
    assert index.drift() == []


def test_control_characters_in_filters_are_harmless(hub):
    results = search("", {"country": ["G\x00B"], "publisher": ["\x00"], "type": ["guid\x00ance"]})
    # The control characters are dropped: the same results as the filters typed without them.
    plain = search("", {"country": ["GB"], "type": ["guidance"]})
    assert (titles(results), results.total) == (titles(plain), plain.total)
    assert Resource.objects.count() == 5
