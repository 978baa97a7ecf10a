"""The same publication as two hubs describe it is a duplicate; look-alikes that are other
publications (editions, versions, summaries, translations, another publisher's title, another
paper of a series) are not, and each pair says why. Records written by hand for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import make_organisation, make_resource

from lantern.catalog.models import Organisation
from lantern.curation import duplicates

pytestmark = pytest.mark.django_db


def record(title: str, summary: str, publisher: Organisation | None = None, year: int | None = 2021, **fields):
    return make_resource(
        title,
        summary=summary,
        publishers=[publisher] if publisher else [],
        date=dt.date(year, 6, 1) if year else None,
        languages=fields.pop("languages", ["en"]),
        **fields,
    )


@pytest.fixture
def hub(db) -> dict:
    atmg_long = make_organisation("Anti Trafficking Monitoring Group")
    atmg_short = make_organisation("ATMG")
    haven = make_organisation("Safe Haven Trust")
    home_office = make_organisation("Home Office", acronym="HO")
    iom, _ = Organisation.objects.update_or_create(
        name="International Organization for Migration", defaults={"acronym": "IOM", "aliases": "UN Migration"}
    )
    iom_other = make_organisation("UN Migration Agency")
    helpline = make_organisation("Helpline Trust")
    cleaners = make_organisation("Cleaners Rights Network")
    council = make_organisation("Northshire County Council")
    police = make_organisation("Southshire Police and Crime Commissioner")
    r = {}
    # The same publication, described twice.
    r["hidden_a"] = record(
        "Hidden Labour: Forced Work in Nail Bars and Car Washes",
        "Research with workers in nail bars and hand car washes finds debt bondage, withheld wages and threats.",
        atmg_long,
        source_url="https://atmg.example.org/reports/hidden-labour",
    )
    r["hidden_b"] = record(
        "Hidden labour",
        "A study of forced labour in car washes and nail salons: workers described debts and unpaid wages.",
        atmg_short,
        year=None,
        source_url="https://files.example.net/uploads/hidden-labour.pdf",
    )
    r["handbook_a"] = record(
        "The Modern Slavery & Labour Exploitation Handbook",
        "A handbook for practitioners on recognising modern slavery and labour exploitation and referring victims.",
        haven,
        year=2019,
    )
    r["handbook_b"] = record(
        "Modern slavery and labor exploitation handbook",
        "Practical guidance for frontline workers who may meet victims of forced labour.",
        haven,
        year=2019,
    )
    r["nrm_a"] = record(
        "NRM Guidance for First Responders",
        "How first responders refer potential victims into the National Referral Mechanism.",
        home_office,
        year=2022,
    )
    r["nrm_b"] = record(
        "National Referral Mechanism guidance for first responders",
        "Guidance on making referrals to the NRM, for police, local authorities and charities.",
        home_office,
        year=2022,
    )
    r["migrants_a"] = record(
        "Migrants at Risk: Screening for Exploitation at Borders",
        "A screening tool helping border staff notice signs of trafficking among migrants.",
        iom,
        year=2020,
        source_url="https://publications.iom.example/books/migrants-at-risk",
    )
    r["migrants_b"] = record(
        "Migrants at risk – screening for exploitation at borders",
        "Tool for identifying trafficked migrants during border screening.",
        iom_other,
        year=2020,
        source_url="https://publications.iom.example/system/files/pdf/migrants-at-risk.pdf",
    )
    # Look-alikes that are other publications.
    r["helpline_2019"] = record(
        "Annual Assessment of the Slavery Helpline 2019",
        "Calls to the helpline in 2019, the situations reported and the victims indicated.",
        helpline,
        year=2020,
    )
    r["helpline_2020"] = record(
        "Annual Assessment of the Slavery Helpline 2020",
        "Calls to the helpline in 2020, the situations reported and the victims indicated.",
        helpline,
        year=2021,
    )
    r["statutory_1"] = record(
        "Statutory Guidance for Frontline Staff",
        "Statutory guidance on identifying and supporting victims.",
        home_office,
        year=2018,
    )
    r["statutory_2"] = record(
        "Statutory Guidance for Frontline Staff – Second Edition",
        "The revised statutory guidance on identifying and supporting victims.",
        home_office,
        year=2021,
    )
    r["cleaning"] = record(
        "Cleaning Up: Exploitation in Commercial Cleaning",
        "An investigation of labour abuses among office cleaners, with recommendations for buyers.",
        cleaners,
    )
    r["cleaning_summary"] = record(
        "Cleaning Up: Exploitation in Commercial Cleaning – Executive Summary",
        "The main findings and recommendations of the investigation into commercial cleaning.",
        cleaners,
    )
    r["inspectors_en"] = record(
        "Guide for Labour Inspectors on Forced Labour",
        "How labour inspectors can detect forced labour during workplace visits.",
        iom,
    )
    r["inspectors_fr"] = record(
        "Guide pour les inspecteurs du travail sur le travail forcé",
        "Comment les inspecteurs du travail peuvent détecter le travail forcé lors des visites.",
        iom,
        languages=["fr"],
    )
    r["tackling_council"] = record(
        "Tackling Exploitation",
        "The council's strategy against exploitation in the county, with its partners.",
        council,
        year=2020,
    )
    r["tackling_police"] = record(
        "Tackling exploitation",
        "The commissioner's plan for policing exploitation and supporting victims.",
        police,
        year=2021,
    )
    r["briefing_debt"] = record(
        "Briefing Note: Debt Bondage",
        "What debt bondage is and how to recognise it.",
        haven,
    )
    r["briefing_servitude"] = record(
        "Briefing Note: Domestic Servitude",
        "What domestic servitude is and how to recognise it.",
        haven,
    )
    return r


def test_the_same_publication_described_twice_is_found(hub):
    found = {frozenset((c.a.id, c.b.id)): c for c in duplicates.find()}
    for name in ("hidden", "handbook", "nrm", "migrants"):
        candidate = found.get(frozenset((hub[f"{name}_a"].id, hub[f"{name}_b"].id)))
        assert candidate is not None and candidate.kind == "duplicate", name
        assert candidate.reasons, name
    assert "the same publisher" in found[frozenset((hub["hidden_a"].id, hub["hidden_b"].id))].reasons  # ATMG
    assert "the same title" in found[frozenset((hub["handbook_a"].id, hub["handbook_b"].id))].reasons  # & and the
    nrm = found[frozenset((hub["nrm_a"].id, hub["nrm_b"].id))].reasons
    assert "the same title (NRM for \u201cnational referral mechanism\u201d)" in nrm
    migrants = found[frozenset((hub["migrants_a"].id, hub["migrants_b"].id))].reasons
    assert "the same publisher" in migrants and any("same site" in r for r in migrants)  # an alias of IOM


@pytest.mark.parametrize(
    ("a", "b", "kind", "reason"),
    [
        ("helpline_2019", "helpline_2020", "edition", "other years in the titles (2019; 2020)"),
        ("statutory_1", "statutory_2", "edition", "only one title says \u201csecond edition\u201d"),
        ("cleaning", "cleaning_summary", "part", "only one title says \u201cexecutive summary\u201d"),
        ("inspectors_en", "inspectors_fr", "translation", "in different languages (en; fr)"),
        ("tackling_council", "tackling_police", None, None),
        ("briefing_debt", "briefing_servitude", None, None),
    ],
)
def test_look_alikes_are_kept_apart_and_say_why(hub, a, b, kind, reason):
    found = {frozenset((c.a.id, c.b.id)): c for c in duplicates.find()}
    candidate = found.get(frozenset((hub[a].id, hub[b].id)))
    if kind is None:
        assert candidate is None
        return
    assert candidate is not None and candidate.kind == kind
    assert any(r.startswith(reason) for r in candidate.reasons), candidate.reasons


def test_no_two_different_publications_are_called_duplicates(hub):
    same = {frozenset((hub[f"{n}_a"].id, hub[f"{n}_b"].id)) for n in ("hidden", "handbook", "nrm", "migrants")}
    wrong = [
        (c.a.title, c.b.title) for c in duplicates.find() if c.kind == "duplicate" and {c.a.id, c.b.id} not in same
    ]
    assert wrong == []


def test_checking_one_new_record_finds_what_the_whole_check_finds(hub):
    whole = {frozenset((c.a.id, c.b.id)): c.kind for c in duplicates.find()}
    for name in ("hidden_b", "nrm_b", "helpline_2020", "cleaning_summary"):
        mine = {frozenset((c.a.id, c.b.id)): c.kind for c in duplicates.for_resources([hub[name].id])}
        assert mine == {p: k for p, k in whole.items() if hub[name].id in p}, name
