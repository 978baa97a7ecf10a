"""Scanned PDFs (pictures of pages, no text layer): their text is recognised with Tesseract, kept
per page and marked as recognised, and the record is found by words only the scan holds."""

from __future__ import annotations

import json
import re
from collections import Counter

import ingest_support as support
import pytest
from django.core.management import call_command

from lantern.catalog.models import Attachment, Page, Resource
from lantern.ingest import sources
from lantern.ingest.models import IngestJob
from lantern.ingest.sources.base import Limits
from lantern.ingest.sources.pdf import ocr

IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}
pytestmark = pytest.mark.django_db

LEAFLET = [
    "Help for workers held in debt bondage on Lincolnshire farms\n"
    "This leaflet explains how seasonal workers who are forced to repay recruitment debts can get help.\n"
    + support.body("en", 5)
    + "\nCall the helpline on any day of the week; interpreters speak Romanian, Bulgarian and Polish.",
    "What happens after you call\n"
    + support.body("en", 4, seed=3)
    + "\nA caseworker from the Wheelwright Trust meets you within two days, somewhere you choose.",
    "Aide aux travailleurs saisonniers\n" + support.body("fr", 4),
]


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def recovered(original: str, recognised: str) -> float:
    """The share of the original's words (counted with repeats) found in the recognised text."""
    wanted, found = words(original), words(recognised)
    return sum(min(n, found[w]) for w, n in wanted.items()) / sum(wanted.values())


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = IMMEDIATE


def test_tesseract_and_its_languages_are_installed():
    assert {"eng", "fra", "spa"} <= ocr.installed_languages(), ".ci/run installs tesseract-ocr(-fra, -spa)"


def test_a_scan_is_read_page_by_page_and_found_by_its_words(
    tmp_path, capsys, settings, django_capture_on_commit_callbacks
):
    settings.LANTERN_INGEST_AUTO_PUBLISH = True  # published at once, so that search shows it
    path = support.scanned_report(tmp_path, LEAFLET)
    with django_capture_on_commit_callbacks(execute=True):
        job = _ingest(path)
    assert job.status == IngestJob.Status.DONE, job.error
    resource = job.resource
    attachment = resource.attachments.get()
    assert attachment.text_status == Attachment.TextStatus.RECOGNISED
    assert attachment.page_count == 3
    pages = list(attachment.pages.order_by("number"))
    assert [(p.number, p.recognised) for p in pages] == [(1, True), (2, True), (3, True)]
    for page, original in zip(pages, LEAFLET, strict=True):
        assert recovered(original, page.text) >= 0.95, (page.number, page.text)
    assert recovered("\n".join(LEAFLET), "\n".join(p.text for p in pages)) >= 0.95
    assert [p.language for p in pages] == ["en", "en", "fr"]
    assert any("recognised from the page images" in w for w in job.warnings)
    # A scan read is a record like any other: a title from its first line, a teaser from its prose.
    assert resource.title == "Help for workers held in debt bondage on Lincolnshire farms"
    assert "seasonal workers" in resource.teaser
    assert sorted(resource.languages.values_list("code", flat=True)) == ["en", "fr"]
    # Searchable by a word only the scan holds, with the page it is on.
    assert resource.status == Resource.Status.PUBLISHED
    found = _search(capsys, "Wheelwright")
    assert [hit["title"] for hit in found["results"]] == [resource.title]
    assert found["results"][0]["page"] == 2 and "Wheelwright" in found["results"][0]["snippet"]


def test_a_page_of_scan_inside_a_typeset_report_is_recognised_alone(tmp_path):
    typeset = support.make_pdf(
        support.Report("typeset.pdf", "Annual Report on Labour Exploitation", "Unseen", "May 2021", 2021, pages=3),
        tmp_path,
    )
    scan = support.scanned_report(tmp_path, LEAFLET[1:2], name="annex.pdf")
    merged = tmp_path / "report-with-scanned-annex.pdf"
    _merge([typeset, scan], merged)
    _, extracted = sources.read(merged, _limits())
    assert extracted.recognised == [4]
    assert "Wheelwright" in extracted.pages[3]
    assert "Annual Report on Labour Exploitation" in extracted.pages[0]  # typeset pages keep their own text


def test_without_tesseract_a_scan_is_kept_and_the_note_says_what_to_install(tmp_path, monkeypatch):
    path = support.scanned_report(tmp_path, LEAFLET[:1])
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    ocr.installed_languages.cache_clear()
    try:
        _, extracted = sources.read(path, _limits())
    finally:
        ocr.installed_languages.cache_clear()
    assert not extracted.text_layer and extracted.recognised == []
    note = next(w for w in extracted.warnings if "no text layer" in w)
    assert "needs OCR" in note and "tesseract-ocr" in note


def test_ocr_turned_off_keeps_a_scan_as_needing_ocr(tmp_path, settings):
    settings.LANTERN_INGEST_OCR_LANGUAGES = ""
    job = _ingest(support.scanned_report(tmp_path, LEAFLET[:1]))
    assert job.status == IngestJob.Status.DONE, job.error
    assert job.resource.attachments.get().text_status == Attachment.TextStatus.NO_TEXT_LAYER
    assert any("LANTERN_INGEST_OCR_LANGUAGES" in w for w in job.warnings)
    assert not Page.objects.filter(recognised=True).exists()


def _ingest(path) -> IngestJob:
    from lantern.ingest import jobs

    job = jobs.create(str(path), path=str(path))
    job.refresh_from_db()
    return job


def _search(capsys, query: str) -> dict:
    capsys.readouterr()
    call_command("search", query, "--json")
    return json.loads(capsys.readouterr().out)


def _limits() -> Limits:
    return Limits(
        max_bytes=10**8,
        max_pages=100,
        max_expanded_bytes=10**8,
        fetch_timeout=5,
        max_redirects=0,
        allow_private_urls=False,
    )


def _merge(parts, target) -> None:
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    for part in parts:
        source = pdfium.PdfDocument(str(part))
        merged.import_pages(source)
        source.close()
    merged.save(str(target))
    merged.close()
