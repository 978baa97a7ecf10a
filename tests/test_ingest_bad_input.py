"""Bad input gets a clear error on the job, and nothing is lost or half-written."""

from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path

import ingest_support as support
import pytest
from fpdf import FPDF

from lantern.catalog.models import Attachment, Page, Resource
from lantern.ingest import jobs
from lantern.ingest.models import IngestJob

IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = IMMEDIATE


def ingest_file(path) -> IngestJob:
    job = jobs.create(str(path), path=str(path))
    job.refresh_from_db()
    return job


def assert_failed(job: IngestJob, code: str, words: str) -> None:
    assert job.status == IngestJob.Status.FAILED, (job.status, job.error)
    assert job.error_code == code, job.error
    assert words.lower() in job.error.lower()
    assert "Traceback" not in job.error
    assert Resource.objects.count() == 0 and Attachment.objects.count() == 0 and Page.objects.count() == 0


def test_corrupt_or_truncated_pdf(tmp_path):
    good = support.make_pdf(support.Report("r.pdf", "A Report on Trafficking", "Unseen", None, None), tmp_path)
    broken = tmp_path / "truncated.pdf"
    broken.write_bytes(good.read_bytes()[:400])
    assert_failed(ingest_file(broken), "corrupt", "not a readable PDF")


def test_encrypted_pdf(tmp_path):
    assert_failed(ingest_file(support.encrypted_pdf(tmp_path)), "encrypted", "encrypted")


def test_a_scan_without_text_is_kept_as_a_record_that_says_so(tmp_path):
    job = ingest_file(support.scanned_pdf(tmp_path))
    assert job.status == IngestJob.Status.DONE
    assert any("no text layer" in w for w in job.warnings)
    attachment = Attachment.objects.get(resource=job.resource)
    assert attachment.text_status == Attachment.TextStatus.NO_TEXT_LAYER
    assert attachment.page_count == 2
    assert job.resource.title == "Scanned report"  # from the file name: there is nothing else
    assert job.resource.status == Resource.Status.REVIEW


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert_failed(ingest_file(empty), "empty", "empty")


def test_wrong_extension_is_read_for_what_it_is(tmp_path):
    pdf = support.make_pdf(
        support.Report("r.pdf", "Victim Identification Guidance", "Unseen", "March 2018", 2018), tmp_path
    )
    disguised = tmp_path / "report.docx"
    disguised.write_bytes(pdf.read_bytes())
    job = ingest_file(disguised)
    assert job.status == IngestJob.Status.DONE
    assert job.source_type == "pdf"
    assert any("named .docx but is PDF" in w for w in job.warnings)
    image = tmp_path / "photo.pdf"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert ingest_file(image).error_code == "unsupported"


def test_decompression_bomb(tmp_path, settings):
    settings.LANTERN_INGEST_MAX_EXPANDED_MB = 20
    assert_failed(ingest_file(support.docx_bomb(tmp_path, 40)), "decompression_bomb", "decompression bomb")


def test_file_over_the_size_limit(tmp_path, settings):
    settings.LANTERN_INGEST_MAX_FILE_MB = 1
    big = tmp_path / "big.txt"
    big.write_text("modern slavery " * 100_000)
    assert_failed(ingest_file(big), "too_large", "LANTERN_INGEST_MAX_FILE_MB")


def test_too_many_pages(tmp_path, settings):
    settings.LANTERN_INGEST_MAX_PAGES = 5
    path = support.long_pdf(tmp_path / "long.pdf", 6)
    assert_failed(ingest_file(path), "too_many_pages", "6 pages")


def test_a_missing_file(tmp_path):
    assert_failed(ingest_file(tmp_path / "nowhere.pdf"), "not_found", "does not exist")


def test_a_2000_page_pdf_goes_in_page_by_page(tmp_path):
    path = support.long_pdf(tmp_path / "long.pdf", 2000)
    job = ingest_file(path)
    assert job.status == IngestJob.Status.DONE, job.error
    attachment = Attachment.objects.get(resource=job.resource)
    assert attachment.page_count == 2000
    assert Page.objects.filter(attachment=attachment).count() == 2000
    assert Page.objects.get(attachment=attachment, number=1999).text.startswith("Page 1999.")
    assert job.resource.title == "A Very Long Report on Modern Slavery"


def test_a_failure_while_saving_leaves_nothing_half_made(tmp_path, monkeypatch):
    from lantern.catalog import models as catalog

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(catalog.Page.objects, "bulk_create", broken)
    path = support.make_pdf(
        support.Report("r.pdf", "Domestic Servitude in Private Homes", "Unseen", None, None), tmp_path
    )
    job = ingest_file(path)
    assert job.status == IngestJob.Status.FAILED
    assert job.error_code == "internal_error" and "disk full" in job.error
    assert Resource.objects.count() == 0 and Attachment.objects.count() == 0


# --- damaged files: a clear error or what could be read, never an internal error ------------------
KNOWN_CODES = {"corrupt", "encrypted", "empty", "empty_pdf", "no_text", "unsupported", "too_many_pages", "too_large"}


def flipped(data: bytes, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
    return bytes(damaged)


def test_bit_flipped_pdfs_and_word_files_never_end_as_internal_errors(tmp_path):
    report = support.Report("r.pdf", "Victim Identification Guidance", "Unseen", "March 2018", 2018, pages=3)
    sound = {
        "pdf": support.make_pdf(report, tmp_path).read_bytes(),
        "docx": support.make_docx(
            support.Report("r.docx", "Debt Bondage", "Unseen", None, None), tmp_path
        ).read_bytes(),
    }
    rng = random.Random(13)
    outcomes = []
    for number in range(70):
        kind = "pdf" if number < 50 else "docx"
        path = tmp_path / f"damaged-{number}.{kind}"
        path.write_bytes(flipped(sound[kind], rng))
        job = ingest_file(path)
        assert "Traceback" not in job.error
        if job.status == IngestJob.Status.FAILED:
            assert job.error_code in KNOWN_CODES, (path.name, job.error_code, job.error)
        else:
            assert job.status in (IngestJob.Status.DONE, IngestJob.Status.DUPLICATE), (path.name, job.status)
        outcomes.append(job.error_code or job.status)
    assert "internal_error" not in outcomes
    assert outcomes.count(IngestJob.Status.DONE) > 10  # most flips leave a readable document


def pdf_with_a_damaged_page(directory) -> Path:
    """Three pages; page 2's object is an empty array where its dictionary should be."""
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.set_font("helvetica", size=14)
    for number in (1, 2, 3):
        pdf.add_page()
        pdf.cell(0, 10, f"Page {number} of a report on forced labour and debt bondage in agriculture.")
    data = bytes(pdf.output())
    second = re.search(rb"/Kids \[(\d+) 0 R\s+(\d+) 0 R", data).group(2)
    damaged = re.sub(rb"(\n%s 0 obj\s*)<<" % second, rb"\1[]", data, count=1)  # same length: offsets still right
    path = directory / "damaged-page.pdf"
    path.write_bytes(damaged)
    return path


def test_a_damaged_page_is_skipped_with_a_warning_naming_it(tmp_path):
    job = ingest_file(pdf_with_a_damaged_page(tmp_path))
    assert job.status == IngestJob.Status.DONE, job.error
    assert any("Page 2 is damaged" in w and "rest of the PDF kept" in w for w in job.warnings), job.warnings
    attachment = Attachment.objects.get(resource=job.resource)
    assert attachment.page_count == 3
    pages = dict(Page.objects.filter(attachment=attachment).values_list("number", "text"))
    assert sorted(pages) == [1, 3]  # page 3 keeps its number
    assert pages[3].startswith("Page 3 of a report")


def test_word_xml_with_comments_instructions_and_entities_is_read(tmp_path):
    report = support.Report("notes.docx", "Labour Exploitation in Care Homes", "Unseen", None, None, pages=2)
    path = support.make_docx(report, tmp_path)
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = members["word/document.xml"]
    head, rest = xml.split(b"?>", 1)
    rest = rest.replace(b"<w:body>", b"<w:body><!-- drafted by hand --><?lantern page-layout?>", 1)
    rest = rest.replace(b"Published by Unseen", b"Published by &org;<!-- the full name -->, London", 1)
    rest = rest.replace(b"</w:p>", b"<?lantern end?><!-- end of the first paragraph --></w:p>", 1)
    doctype = b'<!DOCTYPE w:document [<!ENTITY org "La Strada International">]>'
    members["word/document.xml"] = head + b"?>" + doctype + rest
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    job = ingest_file(path)
    assert job.status == IngestJob.Status.DONE, job.error
    text = "\n".join(Page.objects.filter(attachment__resource=job.resource).values_list("text", flat=True))
    assert "Published by La Strada International, London" in text
    assert "Labour Exploitation in Care Homes" in text and "drafted by hand" not in text
    assert job.resource.title == "Labour Exploitation in Care Homes"
