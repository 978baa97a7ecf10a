"""Duplicates, editions, translations and parts: proposed for a curator, never merged blindly."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import run_lantern
from factories import admin_resource_form, make_organisation, make_resource

from lantern.catalog.models import Attachment, Identifier, Page, Resource, Series
from lantern.curation import duplicates

pytestmark = pytest.mark.django_db

TEXT = (
    "Multi-agency partnerships against modern slavery bring police, local authorities, health services and charities "
    "together to identify victims, share intelligence and support survivors. This report maps such partnerships "
    "across the country and sets out the conditions in which they succeed: leadership, dedicated coordination, "
    "shared data and sustainable funding. "
)


def kinds(found) -> dict[frozenset[int], str]:
    return {frozenset((c.a.id, c.b.id)): c.kind for c in found}


def pair(a: Resource, b: Resource) -> frozenset[int]:
    return frozenset((a.id, b.id))


def with_pages(resource: Resource, text: str, sha: str = "") -> Resource:
    attachment = Attachment.objects.create(resource=resource, url="https://example.org/x.pdf", sha256=sha)
    for number in range(1, 4):
        Page.objects.create(attachment=attachment, number=number, text=text)
    return resource


@pytest.fixture
def home_office(db):
    return make_organisation("Home Office", acronym="HO")


def test_same_report_listed_twice_is_a_duplicate(home_office):
    make_resource(
        "Collaborating for Freedom: anti-slavery partnerships in the UK",
        publishers=[home_office],
        source_url="https://www.gov.uk/report",
        summary="Our description.",
    )
    make_resource(
        "COLLABORATING FOR FREEDOM - Anti-Slavery Partnerships in the UK.",
        publishers=[home_office],
        source_url="http://gov.uk/report/?utm_source=other-hub",
        summary="Another hub's own description.",
    )
    (candidate,) = duplicates.find()
    assert candidate.kind == "duplicate"
    assert {"the same web address", "the same title", "the same publisher"} <= set(candidate.reasons)


def test_same_file_or_doi_is_a_duplicate_whatever_the_titles():
    a, b = make_resource("Scan 0042"), make_resource("Annual report on referrals")
    Attachment.objects.create(resource=a, url="https://x.org/1.pdf", sha256="ab" * 32)
    Attachment.objects.create(resource=b, url="https://y.org/2.pdf", sha256="ab" * 32)
    c, d = make_resource("Paper one"), make_resource("Paper, preprint")
    Identifier.objects.create(resource=c, scheme="doi", value="10.1234/abc")
    Identifier.objects.create(resource=d, scheme="doi", value="10.1234/abc")
    found = kinds(duplicates.find())
    assert found[pair(a, b)] == "duplicate"
    assert found[pair(c, d)] == "duplicate"


def test_near_identical_text_is_found_under_different_titles():
    with_pages(make_resource("Mapping partnerships", date=dt.date(2017, 10, 1)), TEXT * 3)
    with_pages(make_resource("Untitled PDF upload", date=dt.date(2017, 10, 1)), TEXT * 3)
    (candidate,) = duplicates.find()
    assert candidate.kind == "duplicate" and any("near-identical text" in r for r in candidate.reasons)


def test_annual_editions_are_editions_not_duplicates(home_office):
    make_resource("2017 UK Annual Report on Modern Slavery", publishers=[home_office], date=dt.date(2017, 10, 1))
    make_resource("2018 UK Annual Report on Modern Slavery", publishers=[home_office], date=dt.date(2018, 10, 1))
    (candidate,) = duplicates.find()
    assert candidate.kind == "edition"
    assert "other years in the titles (2017; 2018)" in candidate.reasons


def test_translation_and_executive_summary(home_office):
    english = make_resource("Global Report on Trafficking in Persons 2020", publishers=[home_office], languages=["en"])
    french = make_resource(
        "Rapport mondial sur la traite des personnes 2020", publishers=[home_office], languages=["fr"]
    )
    summary = make_resource(
        "Executive summary: Global Report on Trafficking in Persons 2020", publishers=[home_office], languages=["en"]
    )
    found = {frozenset((c.a.id, c.b.id)): c for c in duplicates.find()}
    assert found[pair(english, french)].kind == "translation"
    assert any("different languages" in r or "another language" in r for r in found[pair(english, french)].reasons)
    assert found[pair(english, summary)].kind == "part"
    assert any("executive summary" in r for r in found[pair(english, summary)].reasons)


def test_a_booklet_or_a_country_chapter_is_a_part_of_the_report_not_a_duplicate(home_office):
    report = make_resource("Global Report on Trafficking in Persons 2018", publishers=[home_office])
    booklet = make_resource(
        "Global Report on Trafficking in Persons 2018 – Booklet 2: Trafficking", publishers=[home_office]
    )
    whole = make_resource("2021 Trafficking in Persons Report", publishers=[home_office], date=dt.date(2021, 6, 1))
    chapter = make_resource(
        "2021 Trafficking in Persons Report: Thailand",
        publishers=[home_office],
        date=dt.date(2021, 6, 1),
        countries=["TH"],
    )
    found = {frozenset((c.a.id, c.b.id)): c for c in duplicates.find()}
    assert found[pair(report, booklet)].kind == "part"
    assert any("booklet" in r for r in found[pair(report, booklet)].reasons)
    assert found[pair(whole, chapter)].kind == "part"
    assert any("names a country (Thailand)" in r for r in found[pair(whole, chapter)].reasons)


def test_a_hub_adding_the_country_to_a_title_still_lists_a_duplicate(home_office):
    make_resource("Modern Slavery Act 2015", publishers=[home_office], countries=["GB"], type="legislation")
    make_resource("Modern Slavery Act 2015 (UK)", publishers=[home_office], countries=["GB"], type="legislation")
    (candidate,) = duplicates.find()
    assert candidate.kind == "duplicate"


def test_an_acronym_in_brackets_or_a_subtitle_leaves_the_same_title(home_office):
    for title in ("Forced labour in agriculture", "Child trafficking in Europe", "County lines explained"):
        make_resource(title, date=dt.date(2011, 1, 1))
    make_resource("Survivor Care Standards (UKSCS)", publishers=[home_office], summary="One hub's words.")
    make_resource(
        "Survivor Care Standards: Guidance for Support Providers",
        publishers=[home_office],
        summary="Another hub's own words.",
    )
    (candidate,) = duplicates.find()
    assert candidate.kind == "duplicate"
    assert any("subtitle" in reason for reason in candidate.reasons)


def test_a_law_is_known_by_its_number_however_a_hub_writes_it():
    congress = make_organisation("Congreso de la Nación Argentina")
    republic = make_organisation("República Argentina")
    for title in ("Forced labour in agriculture", "Child trafficking in Europe", "County lines explained"):
        make_resource(title, date=dt.date(2011, 1, 1))
    law = make_resource(
        "Ley 26.364 de Prevención y Sanción de la Trata de Personas",
        publishers=[congress],
        type="legislation",
        date=dt.date(2008, 4, 9),
        languages=["es"],
    )
    listed = make_resource(
        "Ley N° 26364/08: prevención y sanción de la trata de personas y asistencia a sus víctimas",
        publishers=[republic],
        type="policy",
        date=None,
        languages=["es"],
    )
    amended = make_resource(
        "Ley 26.842 de Prevención y Sanción de la Trata de Personas",
        publishers=[congress],
        type="legislation",
        date=dt.date(2012, 12, 27),
        languages=["es"],
    )
    found = {frozenset((c.a.id, c.b.id)): c for c in duplicates.find()}
    assert found[pair(law, listed)].kind == "duplicate"
    assert "the same number in both titles (26364)" in found[pair(law, listed)].reasons
    assert found.get(pair(law, amended)) is None or found[pair(law, amended)].kind != "duplicate"


def test_one_countrys_law_described_in_two_languages_is_one_law_but_the_decree_applying_it_is_not():
    """A hub lists the law under its own title, another describes it in English: the titles share
    no word but the number, and the publishers are two bodies of one state."""
    for title in ("Forced labour in agriculture", "Child trafficking in Europe", "County lines explained"):
        make_resource(title, date=dt.date(2011, 1, 1))

    def brazilian_law(title: str, day: dt.date, publisher: str = "") -> Resource:
        publishers = [make_organisation(publisher)] if publisher else []
        return make_resource(
            title, publishers=publishers, type="legislation", countries=["BR"], date=day, languages=["pt"]
        )

    law = brazilian_law("Lei nº 13.344, de 6 de outubro de 2016", dt.date(2016, 10, 6), "Presidência da República")
    described = brazilian_law(
        "Brazil – Law 13,344 on domestic and international trafficking in persons",
        dt.date(2016, 10, 6),
        "Government of Brazil",
    )
    decree = brazilian_law("Decreto nº 9.440, de 3 de julho de 2018: regulamenta a Lei nº 13.344", dt.date(2018, 7, 3))
    found = {frozenset((c.a.id, c.b.id)): c for c in duplicates.find()}
    assert found[pair(law, described)].kind == "duplicate"
    assert "the same law of BR by its number (13344)" in found[pair(law, described)].reasons
    for other in (law, described):
        assert found.get(pair(other, decree)) is None or found[pair(other, decree)].kind != "duplicate"
    # The same detector when the second record arrives (an import, a save): not only the batch command.
    assert {(c.a.id, c.b.id, c.kind) for c in duplicates.for_resource(described)} >= {
        (law.id, described.id, "duplicate")
    }


def test_a_law_typed_otherwise_by_a_hub_is_still_the_law_but_a_guide_to_it_is_not():
    congress = make_organisation("United States Congress")
    for title in ("Forced labour in agriculture", "Child trafficking in Europe", "County lines explained"):
        make_resource(title, date=dt.date(2011, 1, 1))
    law = make_resource(
        "Victims of Trafficking and Violence Protection Act of 2000", publishers=[congress], type="legislation"
    )
    listed = make_resource("Victims of Trafficking and Violence Protection Act 2000 (TVPA)", type="report")
    guide = make_resource(
        "Victims of Trafficking and Violence Protection Act of 2000: A Guide for Service Providers",
        publishers=[congress],
        type="guidance",
    )
    found = {frozenset((c.a.id, c.b.id)): c for c in duplicates.find()}
    assert found[pair(law, listed)].kind == "duplicate"
    assert found.get(pair(law, guide)) is None or found[pair(law, guide)].kind != "duplicate"


def test_pairs_a_curator_already_linked_are_not_proposed_again(home_office):
    series = Series.objects.create(name="UK annual report", slug="uk-annual-report")
    old = make_resource(
        "2017 UK Annual Report on Modern Slavery", publishers=[home_office], date=dt.date(2017, 10, 1), series=series
    )
    new = make_resource(
        "2018 UK Annual Report on Modern Slavery", publishers=[home_office], date=dt.date(2018, 10, 1), series=series
    )
    old.superseded_by = new
    old.save()
    assert duplicates.find() == []


def test_different_documents_on_one_landing_page_are_not_duplicates(home_office):
    page = "https://www.gov.uk/government/publications/human-trafficking-victims-referral-and-assessment-forms"
    make_resource("First Responder Toolkit for England and Wales", publishers=[home_office], source_url=page)
    make_resource("Interviewing a potential victim offline: prompt sheet", publishers=[home_office], source_url=page)
    assert duplicates.find() == []


@pytest.mark.django_db(transaction=True)
def test_cli_lists_pairs_as_json_lines(cli_env, tmp_path):
    records = tmp_path / "r.jsonl"
    rows = [
        {
            "title": "Forced labour in UK agriculture",
            "publishers": ["GLAA"],
            "date": "2019",
            "source_url": "https://a.org/r",
        },
        {
            "title": "Forced Labour in UK Agriculture",
            "publishers": ["GLAA"],
            "date": "2019",
            "source_url": "https://b.org/r",
        },
    ]
    records.write_text("".join(json.dumps(r) + "\n" for r in rows))
    run_lantern(cli_env, "import", str(records), check=True)
    out = run_lantern(cli_env, "duplicates", "--json", check=True).stdout.splitlines()
    (line,) = [json.loads(x) for x in out]
    assert line["kind"] == "duplicate" and line["score"] > 0.6 and line["reasons"]
    assert {line["a"]["title"], line["b"]["title"]} == {r["title"] for r in rows}
    assert {line["a"]["source_url"], line["b"]["source_url"]} == {"https://a.org/r", "https://b.org/r"}
    assert set(line["a"]) == {"id", "slug", "title", "source_url"}


def test_a_curator_saving_a_duplicate_raises_a_flag(admin_client, home_office):
    from django.urls import reverse

    from lantern.curation.models import Flag

    make_resource("Forced Labour in UK Agriculture", publishers=[home_office], date=dt.date(2019, 1, 1))
    data = admin_resource_form(
        title="Forced labour in UK agriculture",
        type="report",
        status="draft",
        published_date="2019-01-01",
        date_precision="year",
        **{
            "publisher_links-TOTAL_FORMS": "1",
            "publisher_links-0-organisation": str(home_office.pk),
            "publisher_links-0-position": "0",
        },
    )
    assert admin_client.post(reverse("admin:catalog_resource_add"), data).status_code == 302
    flag = Flag.objects.get()
    assert flag.kind == "duplicate" and flag.status == "open"
