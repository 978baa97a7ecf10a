"""Twenty generated reports go in with `lantern ingest FOLDER --wait --json`; each record is right."""

from __future__ import annotations

import contextlib
import io
import json

import ingest_support as support
import pytest
from django.core.management import call_command

from lantern.catalog.models import Attachment, Organisation, Page, Resource
from lantern.ingest.models import Suggestion

IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = IMMEDIATE


def ingest(*inputs) -> list[dict]:
    out = io.StringIO()
    with contextlib.suppress(SystemExit):  # exit status 1 when a job failed; the lines are what the tests read
        call_command("ingest", *map(str, inputs), "--wait", "--json", "--no-progress", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


@pytest.fixture
def folder(tmp_path):
    directory = tmp_path / "reports"
    directory.mkdir()
    for report in support.reports():
        support.make(report, directory)
    return directory


@pytest.mark.django_db
def test_a_folder_of_twenty_reports_becomes_twenty_good_drafts(folder):
    Organisation.objects.update_or_create(name="International Labour Organization", defaults={"acronym": "ILO"})
    lines = ingest(folder)
    expected = {r.filename: r for r in support.reports()}
    assert len(lines) == 20
    for line in lines:
        report = expected[line["source"].rsplit("/", 1)[-1]]
        record = line["record"]
        assert line["status"] == "done", line
        assert line["error"] is None
        assert record["title"] == report.title
        assert record["publishers"] == [report.publisher]
        assert (int(record["date"][:4]) if record["date"] else None) == report.year
        assert record["languages"][0] == report.language
        assert record["files"][0]["pages"] == report.pages
        assert record["status"] == "review"
        assert 0 < len(record["teaser"]) <= 280
        assert 3 <= record["summary"].count(". ") + 1 <= 6
        if report.doi:
            assert record["doi"] == report.doi
    # page-numbered text, for search to cite "p. 3"
    resource = Resource.objects.get(title=expected["report-03.pdf"].title)
    pages = Page.objects.filter(attachment__resource=resource)
    assert pages.count() == expected["report-03.pdf"].pages
    assert "Page 3." in pages.get(number=3).text
    assert resource.provenance == Resource.Provenance.INGEST


@pytest.mark.django_db
def test_pages_in_other_languages_are_noted(tmp_path):
    report = support.Report(
        "mixed.pdf",
        "Annual Report on Trafficking in Persons",
        "Unseen",
        "March 2018",
        2018,
        pages=8,
        other_language_pages={5: "fr", 6: "fr", 7: "es"},
    )
    [line] = ingest(support.make_pdf(report, tmp_path))
    assert line["record"]["languages"][0] == "en"
    assert "Pages in fr: 5–6." in line["warnings"]
    assert "Pages in es: 7." in line["warnings"]
    pages = Page.objects.filter(attachment__resource__slug=line["record"]["slug"])
    assert pages.get(number=5).language == "fr"
    assert pages.get(number=7).language == "es"


@pytest.mark.django_db
def test_the_metadata_title_is_not_taken_blindly(tmp_path):
    report = support.Report(
        "trap.pdf",
        "Forced Labour in the Fishing Industry",
        "Unseen",
        "12 June 2020",
        2020,
        metadata_title="Home Office document template",
    )
    [line] = ingest(support.make_pdf(report, tmp_path))
    assert line["record"]["title"] == "Forced Labour in the Fishing Industry"
    assert line["record"]["date"] == "2020-06-12"


@pytest.mark.django_db
def test_running_headers_and_footers_stay_out_of_the_summary(tmp_path):
    report = support.Report(
        "headers.pdf",
        "Supply Chain Due Diligence Guidance",
        "Unseen",
        "January 2021",
        2021,
        pages=9,
        header="CONFIDENTIAL DRAFT - Supply chains",
    )
    [line] = ingest(support.make_pdf(report, tmp_path))
    assert "CONFIDENTIAL" not in line["record"]["summary"]
    assert "CONFIDENTIAL" not in line["record"]["teaser"]
    assert line["record"]["type"] == "guidance"


@pytest.mark.django_db
def test_suggestions_are_stored_for_the_curator_not_applied(tmp_path):
    report = support.Report("supply.pdf", "Forced Labour in UK Agriculture", "Unseen", "March 2018", 2018, pages=6)
    [line] = ingest(support.make_pdf(report, tmp_path))
    resource = Resource.objects.get(slug=line["record"]["slug"])
    topics = Suggestion.objects.filter(resource=resource, field="topic")
    assert topics.exists() and not topics.filter(applied=True).exists()
    assert resource.topics.count() == 0  # a curator accepts them
    assert Suggestion.objects.filter(resource=resource, field="country", value="GB").exists()
    assert {s["field"] for s in line["suggestions"]} >= {"type", "topic", "publisher", "date"}
    assert all(0 <= s["confidence"] <= 1 for s in line["suggestions"])


@pytest.mark.django_db
def test_a_publisher_is_matched_by_acronym_or_alias_and_new_ones_are_proposed(tmp_path):
    ilo, _ = Organisation.objects.update_or_create(
        name="International Labour Organization", defaults={"acronym": "ILO", "aliases": "ILO Geneva"}
    )
    first = support.Report("a.pdf", "Global Estimates of Modern Slavery", "ILO", "October 2017", 2017)
    second = support.Report("b.pdf", "Counting the Uncounted Survivors", "Freedom Collective Trust", "2019-05-02", 2019)
    lines = ingest(support.make_pdf(first, tmp_path), support.make_pdf(second, tmp_path))
    assert lines[0]["record"]["publishers"] == [ilo.name]
    assert lines[1]["record"]["publishers"] == ["Freedom Collective Trust"]
    assert Organisation.objects.filter(name="Freedom Collective Trust").exists()
    assert any(s["label"].endswith("(new organisation)") for s in lines[1]["suggestions"])


@pytest.mark.django_db
def test_html_and_text_files(tmp_path):
    report = support.Report("page.html", "Guide to the National Referral Mechanism", "Unseen", "October 2017", 2017)
    html = tmp_path / "page.html"
    html.write_bytes(support.make_html(report))
    text = tmp_path / "notes.txt"
    text.write_text("Notes on debt bondage\n\n" + support.body("en", 8), encoding="utf-8")
    page, notes = ingest(html, text)
    assert page["record"]["title"] == report.title
    assert page["record"]["publishers"] == ["Unseen"]
    assert page["record"]["date"] == "2017-10"
    assert "Cookie" not in page["record"]["summary"]
    assert page["type"] == "html"
    assert notes["status"] == "done" and notes["record"]["title"] == "Notes on debt bondage"
    assert Attachment.objects.get(resource__slug=notes["record"]["slug"]).pages.get(number=1).text


@pytest.mark.django_db
def test_auto_publish_only_when_the_setting_says_so(tmp_path, settings):
    settings.LANTERN_INGEST_AUTO_PUBLISH = True
    report = support.Report("pub.pdf", "Child Trafficking Briefing Paper", "Unseen", "March 2018", 2018)
    [line] = ingest(support.make_pdf(report, tmp_path))
    assert line["record"]["status"] == "published"
