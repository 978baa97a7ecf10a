"""Hostile documents end as a clear error: each is read in a child process whose memory and time
are bounded, and the worker that asked goes on as it was. The documents are those of issue 13
(bench/bombs.py makes them at full size), smaller here, with the limits lowered where needed."""

from __future__ import annotations

import json
import resource
import subprocess
import sys

import pytest
from conftest import REPO
from django.core.files.uploadedfile import SimpleUploadedFile

from lantern.catalog.models import Attachment, Page, Resource
from lantern.ingest import jobs
from lantern.ingest.models import IngestJob

sys.path.insert(0, str(REPO / "bench"))
import bombs  # noqa: E402

pytestmark = pytest.mark.django_db


def ingest_file(path) -> IngestJob:
    job = jobs.create(str(path), path=str(path))
    job.refresh_from_db()
    return job


def assert_refused(job: IngestJob, code: str, words: str) -> None:
    assert job.status == IngestJob.Status.FAILED, (job.status, job.error)
    assert job.error_code == code, job.error
    assert words.lower() in job.error.lower(), job.error
    assert "Traceback" not in job.error
    assert Resource.objects.count() == 0 and Attachment.objects.count() == 0 and Page.objects.count() == 0


def peak_mb() -> float:
    """This process's peak resident memory so far (it only ever rises)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture(scope="module")
def flate_pdf(tmp_path_factory):
    """A one-page PDF of about 1.6 MB whose content stream inflates to 1.5 GB."""
    return bombs.pdf_flate(tmp_path_factory.mktemp("bombs") / "flate.pdf", 1536)


def test_a_pdf_whose_content_inflates_past_the_memory_limit(flate_pdf, settings):
    settings.LANTERN_INGEST_MAX_MEMORY_MB = 400
    before = peak_mb()
    assert_refused(ingest_file(flate_pdf), "too_large", "more than the 400 MB of memory allowed")
    assert peak_mb() - before < 100  # PDFium inflated the stream in the child, not in this process


def test_a_pdf_that_takes_too_long_is_stopped_and_not_retried(flate_pdf, settings):
    settings.LANTERN_INGEST_MAX_MEMORY_MB = 4096
    settings.LANTERN_INGEST_EXTRACT_TIMEOUT = 1
    job = ingest_file(flate_pdf)
    assert_refused(job, "timeout", "longer than the 1 s allowed (LANTERN_INGEST_EXTRACT_TIMEOUT)")
    assert job.attempts == 1


def test_a_word_file_of_empty_paragraphs_is_a_decompression_bomb(tmp_path):
    path = bombs.docx_paragraphs(tmp_path / "paragraphs.docx", 30)  # random padding: the file's ratio is under 200
    assert_refused(ingest_file(path), "decompression_bomb", "word/document.xml inflates more than 200 times")


def test_an_uploaded_or_suggested_bomb_is_refused_the_same_way(tmp_path):
    data = bombs.docx_paragraphs(tmp_path / "paragraphs.docx", 30).read_bytes()
    for review_only in (False, True):
        upload = SimpleUploadedFile("report.docx", data)
        job = jobs.create("report.docx", upload=upload, review_only=review_only)
        job.refresh_from_db()
        assert_refused(job, "decompression_bomb", "refused as a decompression bomb")


def test_a_zip_whose_directory_lies_about_a_size_is_measured_as_it_inflates(tmp_path):
    lying = bombs.zip_lying(tmp_path / "lying.docx", 200)  # says 1 KB, holds 200 MB
    assert_refused(ingest_file(lying), "decompression_bomb", "inflates more than 200 times")
    small_lie = bombs.zip_lying(tmp_path / "small-lie.docx", 0.05)  # says 1 KB, holds 50 KB
    assert_refused(ingest_file(small_lie), "corrupt", "not what its ZIP directory says")


def test_deeply_nested_xml_is_refused(tmp_path):
    assert_refused(ingest_file(bombs.xml_deep(tmp_path / "deep.docx", 100_000)), "too_large", "more than 256 deep")


def test_entities_that_expand_a_billion_times_are_refused(tmp_path):
    path = bombs.xml_laughs(tmp_path / "laughs.docx")
    assert_refused(ingest_file(path), "decompression_bomb", "entities that expand without bound")


def test_documents_with_too_many_elements_are_refused_and_smaller_ones_read(tmp_path, settings):
    settings.LANTERN_INGEST_MAX_XML_NODES = 10_000

    def paragraphs(count: int) -> bombs.Parts:
        return bombs.word_xml(("".join(bombs.PARAGRAPH.format(f"Finding {n}.") for n in range(count)).encode(), 1))

    assert_refused(ingest_file(bombs.docx(tmp_path / "many.docx", paragraphs(4000))), "too_large", "XML elements")
    page = tmp_path / "many.html"
    page.write_text("<html><body>" + "<p>A finding on forced labour.</p>" * 12_000 + "</body></html>")
    assert_refused(ingest_file(page), "too_large", "more than 10,000 elements")
    job = ingest_file(bombs.docx(tmp_path / "fewer.docx", paragraphs(2000)))  # 8,000 elements
    assert job.status == IngestJob.Status.DONE, job.error
    assert Page.objects.get(attachment__resource=job.resource).text.startswith("Finding 0.\nFinding 1.")


def test_a_worker_process_survives_the_bombs_and_goes_on(tmp_path, cli_env):
    """A real ``lantern ingest --wait`` process reads each bomb in turn, then an ordinary report;
    its own memory stays what it is for the ordinary report alone (the bombs, gigabytes once
    decoded, are read in children limited to 400 MB)."""
    import ingest_support as support

    expected = {
        bombs.pdf_flate(tmp_path / "flate.pdf", 600): "too_large",
        bombs.docx_paragraphs(tmp_path / "paragraphs.docx", 30): "decompression_bomb",
        bombs.zip_lying(tmp_path / "lying.docx", 200): "decompression_bomb",
        bombs.xml_deep(tmp_path / "deep.docx", 100_000): "too_large",
        bombs.xml_laughs(tmp_path / "laughs.docx"): "decompression_bomb",
    }
    report = support.make_pdf(
        support.Report("report.pdf", "Debt Bondage in Brick Kilns", "Unseen", None, None), tmp_path
    )
    command = [sys.executable, "-c", bombs.WRAPPER, "ingest", "--wait", "--json", "--no-progress"]

    def ingest(paths: list, data_dir: str) -> tuple[dict, int]:
        env = {**cli_env, "LANTERN_INGEST_MAX_MEMORY_MB": "400", "LANTERN_DATA_DIR": str(tmp_path / data_dir)}
        done = subprocess.run(
            [*command, *map(str, paths)], env=env, cwd=REPO, capture_output=True, text=True, timeout=300
        )
        outcomes = {json.loads(line)["source"]: json.loads(line) for line in done.stdout.splitlines()}
        return outcomes, int(done.stderr.split("bench-worker-peak-kb")[1].split()[0])

    outcomes, worker_kb = ingest([*expected, report], "bombs")
    for path, code in expected.items():
        assert outcomes[str(path)]["error"]["code"] == code, outcomes[str(path)]
    assert outcomes[str(report)]["status"] == "done"
    assert outcomes[str(report)]["record"]["title"] == "Debt Bondage in Brick Kilns"
    other = support.make_pdf(support.Report("other.pdf", "Forced Labour in Fishing", "Unseen", None, None), tmp_path)
    alone, alone_kb = ingest([other], "alone")
    assert alone[str(other)]["status"] == "done"
    assert worker_kb < alone_kb + 150 * 1024, (worker_kb, alone_kb)
