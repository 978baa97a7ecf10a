"""URLs: a web page or a PDF behind an address, fetched safely; every failure is a clear error."""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit

import ingest_support as support
import pytest

from lantern.catalog.models import Resource
from lantern.ingest import jobs
from lantern.ingest.models import IngestJob
from lantern.ingest.sources import url as url_source
from lantern.ingest.sources.base import Limits

IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _local_urls(settings):
    settings.TASKS = IMMEDIATE
    settings.LANTERN_INGEST_ALLOW_PRIVATE_URLS = False
    settings.LANTERN_ALLOW_PRIVATE_HOSTS = []
    settings.LANTERN_INGEST_FETCH_TIMEOUT = 2
    settings.LANTERN_INGEST_RETRY_SECONDS = 0


@pytest.fixture
def serve(settings):
    """Start a local web server that ingestion may reach: its exact host:port is allowed, while every
    other loopback or private address (another port, another spelling) stays refused."""

    @contextlib.contextmanager
    def start(routes: support.Routes):
        with support.web_server(routes) as base:
            settings.LANTERN_ALLOW_PRIVATE_HOSTS = [*settings.LANTERN_ALLOW_PRIVATE_HOSTS, urlsplit(base).netloc]
            yield base

    return start


def ingest_url(address: str) -> IngestJob:
    job = jobs.create(address, url=address)
    job.refresh_from_db()
    return job


REPORT = support.Report("x", "Guide to the National Referral Mechanism", "Unseen", "October 2017", 2017)


def test_a_web_page_becomes_a_draft_with_its_source_url(serve):
    routes = support.Routes({"/guide": (200, {"Content-Type": "text/html; charset=utf-8"}, support.make_html(REPORT))})
    with serve(routes) as base:
        job = ingest_url(f"{base}/guide")
    assert job.status == IngestJob.Status.DONE, job.error
    assert job.resource.title == REPORT.title
    assert job.resource.source_url == f"{base}/guide"
    assert job.resource.date_iso == "2017-10"


def test_a_pdf_behind_a_redirect(serve, tmp_path):
    pdf = support.make_pdf(support.Report("r.pdf", "Forced Marriage Factsheet", "Unseen", "March 2018", 2018), tmp_path)
    routes = support.Routes(
        {
            "/latest": (302, {"Location": "/files/r.pdf"}, b""),
            "/files/r.pdf": (200, {"Content-Type": "application/pdf"}, pdf.read_bytes()),
        }
    )
    with serve(routes) as base:
        job = ingest_url(f"{base}/latest")
    assert job.status == IngestJob.Status.DONE, job.error
    assert job.source_type == "pdf"
    assert job.resource.title == "Forced Marriage Factsheet"
    assert job.resource.source_url.endswith("/files/r.pdf")


def test_html_in_a_legacy_encoding(serve):
    report = support.Report(
        "x", "Travail forcé et traite des êtres humains", "Unseen", "Octobre 2017", 2017, language="fr"
    )
    body = support.make_html(report, encoding="iso-8859-1")
    routes = support.Routes({"/fr": (200, {"Content-Type": "text/html"}, body)})  # charset only in <meta>
    with serve(routes) as base:
        job = ingest_url(f"{base}/fr")
    assert job.status == IngestJob.Status.DONE, job.error
    assert job.resource.title == "Travail forcé et traite des êtres humains"
    assert "êtres" in job.resource.summary
    assert list(job.resource.languages.values_list("code", flat=True)) == ["fr"]


def test_404_is_a_clear_error(serve):
    with serve(support.Routes()) as base:
        job = ingest_url(f"{base}/missing.pdf")
    assert job.status == IngestJob.Status.FAILED
    assert job.error_code == "not_found" and "HTTP 404" in job.error
    assert Resource.objects.count() == 0


def test_a_server_that_does_not_answer_times_out_and_is_retried(serve, settings):
    settings.LANTERN_INGEST_FETCH_TIMEOUT = 1
    with serve(support.Routes({"/slow": support.slow(3)})) as base:
        job = ingest_url(f"{base}/slow")
    assert job.status == IngestJob.Status.FAILED
    assert job.error_code == "timeout"
    assert job.attempts == settings.LANTERN_INGEST_MAX_ATTEMPTS
    assert any("trying again" in w for w in job.warnings)


def test_a_transient_server_error_is_retried_until_it_works(serve):
    answers = iter([(503, {}, b"busy"), (200, {"Content-Type": "text/html"}, support.make_html(REPORT))])

    def flaky(handler):
        handler._send(*next(answers))

    with serve(support.Routes({"/flaky": flaky})) as base:
        job = ingest_url(f"{base}/flaky")
    assert job.status == IngestJob.Status.DONE, job.error
    assert job.attempts == 2
    assert any("HTTP 503" in w for w in job.warnings)


def test_a_redirect_loop_is_stopped(serve):
    routes = support.Routes({"/a": (302, {"Location": "/b"}, b""), "/b": (302, {"Location": "/a"}, b"")})
    with serve(routes) as base:
        job = ingest_url(f"{base}/a")
    assert job.error_code == "redirect_loop"


def test_too_many_redirects(serve, settings):
    settings.LANTERN_INGEST_MAX_REDIRECTS = 2
    routes = support.Routes({f"/{i}": (302, {"Location": f"/{i + 1}"}, b"") for i in range(5)})
    with serve(routes) as base:
        job = ingest_url(f"{base}/0")
    assert job.error_code == "too_many_redirects"


def test_an_endless_body_is_cut_off(serve, settings):
    settings.LANTERN_INGEST_MAX_FILE_MB = 1
    with serve(support.Routes({"/endless": support.endless})) as base:
        job = ingest_url(f"{base}/endless")
    assert job.status == IngestJob.Status.FAILED
    assert job.error_code == "too_large" and "stopped" in job.error


def test_a_gzip_bomb_is_cut_off_after_decoding(serve, settings):
    settings.LANTERN_INGEST_MAX_FILE_MB = 2
    bomb = support.gzip_bomb(50)
    routes = support.Routes({"/bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)})
    with serve(routes) as base:
        job = ingest_url(f"{base}/bomb")
    assert job.error_code == "too_large"


def test_loopback_private_and_link_local_addresses_are_refused_by_default():
    with support.web_server(support.Routes({"/page": (200, {}, b"<p>secret</p>")})) as base:  # not allowed
        job = ingest_url(f"{base}/page")
    assert job.status == IngestJob.Status.FAILED
    assert job.error_code == "private_address" and "127.0.0.1" in job.error
    limits = Limits.from_settings()
    for address in ("10.0.0.1", "192.168.1.1", "169.254.169.254", "[::1]", "0.0.0.0", "[::ffff:127.0.0.1]"):
        with pytest.raises(Exception) as refused:
            url_source.fetch(f"http://{address}/", limits, None)
        assert getattr(refused.value, "code", "") == "private_address", address


def test_a_redirect_to_a_private_address_is_refused(serve):
    """The allowed test server stands in for a public host; the address it redirects to is checked again."""
    routes = support.Routes({"/go": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"")})
    with serve(routes) as base:
        job = ingest_url(f"{base}/go")
    assert job.status == IngestJob.Status.FAILED
    assert job.error_code == "private_address" and "169.254.169.254" in job.error


def test_every_hop_is_checked_again(serve):
    """A redirect to the same server under another name (localhost) is refused: the new hop is checked
    on its own, and the page behind it is never asked for."""
    asked = []

    def secret(handler):
        asked.append(handler.path)
        handler._send(200, {"Content-Type": "text/html"}, support.make_html(REPORT))

    with support.web_server(support.Routes({"/b": secret})) as other:
        port = urlsplit(other).port
        routes = support.Routes({"/a": (302, {"Location": f"http://localhost:{port}/b"}, b"")})
        with serve(routes) as base:
            job = ingest_url(f"{base}/a")
    assert job.status == IngestJob.Status.FAILED
    assert job.error_code == "private_address" and "localhost" in job.error
    assert asked == [] and Resource.objects.count() == 0
