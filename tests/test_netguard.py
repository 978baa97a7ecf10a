"""One URL guard for every fetch: ingestion, a visitor's suggestion, the link checker and the OAI-PMH
harvester all refuse loopback in any spelling, and a redirect to it, before anything is sent.

Two local servers play the parts. ``front`` stands in for a public site: its exact host:port is the
only non-public address the tests allow (``LANTERN_ALLOW_PRIVATE_HOSTS``). ``target`` stands in for
what the server alone can reach (an admin port, a metadata service): it serves a page and an
OAI-PMH record that would be imported if it were ever fetched. Every other loopback address, the
front under another name included, must stay refused; the control test shows that each fetcher
does reach the target, and import from it, once the target is allowed too.
"""

from __future__ import annotations

import http.server
import io
import os
import subprocess
import threading
from urllib.parse import urlsplit

import ingest_support as support
import pytest
from conftest import LANTERN, REPO
from django.core.management import CommandError, call_command
from public_support import suggest

from lantern.catalog.models import Resource
from lantern.curation import links
from lantern.curation.models import VisitorSuggestion
from lantern.ingest import jobs
from lantern.ingest.models import IngestJob
from lantern.lib import netguard

pytestmark = pytest.mark.django_db

PAGE = support.make_html(support.Report("x", "Internal page that must not leak", "Intranet", "March 2020", 2020))
OAI_RECORD = b"""<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
<responseDate>2026-01-05T10:00:00Z</responseDate>
<request verb="ListRecords">http://target/oai</request>
<ListRecords><record><header><identifier>oai:target:1</identifier><datestamp>2026-01-01</datestamp></header>
<metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Internal record that must not leak</dc:title>
<dc:type>report</dc:type></oai_dc:dc></metadata></record></ListRecords></OAI-PMH>"""

SPELLINGS = ["127.0.0.1", "localhost", "0.0.0.0", "2130706433", "127.1", "[::1]", "0x7f.1", "[::ffff:127.0.0.1]"]


class Site:
    """A local HTTP server that records every request; ``location`` set: it redirects everything there."""

    def __init__(self):
        site = self
        self.requests: list[str] = []
        self.location = ""

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_HEAD(self):
                self._answer(body=False)

            def do_GET(self):
                self._answer(body=True)

            def _answer(self, body: bool):
                site.requests.append(f"{self.command} {self.path}")
                if site.location:
                    status, headers, payload = 302, {"Location": site.location}, b""
                elif urlsplit(self.path).path == "/oai":
                    status, headers, payload = 200, {"Content-Type": "text/xml"}, OAI_RECORD
                else:
                    status, headers, payload = 200, {"Content-Type": "text/html; charset=utf-8"}, PAGE
                self.send_response(status)
                for key, value in {**headers, "Content-Length": str(len(payload))}.items():
                    self.send_header(key, value)
                self.end_headers()
                if body:
                    self.wfile.write(payload)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.netloc = f"127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def sites():
    front, target = Site(), Site()
    yield front, target
    front.stop()
    target.stop()


@pytest.fixture
def front(sites, settings):
    settings.LANTERN_INGEST_ALLOW_PRIVATE_URLS = False
    settings.LANTERN_ALLOW_PRIVATE_HOSTS = [sites[0].netloc]
    settings.LANTERN_LINKS_RETRIES = 0
    settings.LANTERN_INGEST_RETRY_SECONDS = 0
    for site in sites:
        site.requests.clear()
        site.location = ""
    return sites[0]


@pytest.fixture
def target(sites, front):
    return sites[1]


# --- the four fetchers, each as a person meets it; each returns the error it reports -------------------
def ingestion(url: str, client) -> str:
    job = jobs.create(url, url=url)
    job.refresh_from_db()
    assert job.status == IngestJob.Status.FAILED
    return f"{job.error_code}: {job.error}"


def suggestion(url: str, client) -> str:
    response = suggest(client, {"note": "Worth adding", "url": url})
    if response.status_code == 400:  # refused on the form, before any job is made
        assert not VisitorSuggestion.objects.exists()
        return response.content.decode()
    assert response.status_code == 200
    job = IngestJob.objects.get(pk=VisitorSuggestion.objects.get().job_id)
    assert job.status == IngestJob.Status.FAILED
    return f"{job.error_code}: {job.error}"


def link_check(url: str, client) -> str:
    outcome = links.check_url(url, retries=0)
    assert not outcome.ok and outcome.status_code is None
    return outcome.error


def harvester(url: str, client) -> str:
    with pytest.raises(CommandError) as refused:  # `lantern harvest URL`, as an operator runs it
        call_command("harvest", url, stdout=io.StringIO(), stderr=io.StringIO())
    return str(refused.value)


FETCHERS = {"ingestion": ingestion, "suggestion": suggestion, "link check": link_check, "harvester": harvester}


def path_for(fetcher: str) -> str:
    return "oai" if fetcher == "harvester" else "page"


def assert_refused(message: str, sites) -> None:
    # The suggestion form's URL field turns away numeric spellings (127.1, 2130706433, 0x7f.1) even
    # before the guard sees them; either way the visitor is told and nothing is fetched.
    assert "private, loopback" in message or "Enter a valid URL." in message, message
    assert all(site.requests == [] for site in sites[1:]), "the refused address was sent a request"
    assert not Resource.objects.exists(), "something was imported from a refused address"


@pytest.mark.parametrize("spelling", SPELLINGS)
@pytest.mark.parametrize("fetcher", FETCHERS)
def test_loopback_is_refused_in_every_spelling(fetcher, spelling, front, target, client):
    # The target's port, and the front's own port under any spelling but the one allowed.
    ports = [target.port] + ([front.port] if spelling != "127.0.0.1" else [])
    for port in ports:
        message = FETCHERS[fetcher](f"http://{spelling}:{port}/{path_for(fetcher)}", client)
        assert_refused(message, [front, front, target])


@pytest.mark.parametrize(
    "location",
    ["http://127.0.0.1:{target}/{path}", "http://localhost:{front}/{path}", "http://localhost/{path}"],
    ids=["other-port", "front-as-localhost", "localhost-80"],
)
@pytest.mark.parametrize("fetcher", FETCHERS)
def test_a_redirect_from_an_allowed_site_to_loopback_is_refused(fetcher, location, front, target, client):
    front.location = location.format(target=target.port, front=front.port, path=path_for(fetcher))
    message = FETCHERS[fetcher](f"http://{front.netloc}/{path_for(fetcher)}", client)
    assert_refused(message, [front, target])
    assert len(front.requests) == 1  # the allowed site was asked once; the hop it pointed to was not


@pytest.mark.parametrize("fetcher", FETCHERS)
def test_control_each_fetcher_does_reach_the_target_once_it_is_allowed(fetcher, front, target, settings, client):
    """Without this, the refusals above could be a broken server rather than the guard."""
    settings.LANTERN_ALLOW_PRIVATE_HOSTS = [front.netloc, target.netloc]
    front.location = f"http://{target.netloc}/{path_for(fetcher)}"
    url = f"http://{front.netloc}/{path_for(fetcher)}"
    if fetcher == "link check":
        assert links.check_url(url, retries=0).ok
    elif fetcher == "harvester":
        out = io.StringIO()
        call_command("harvest", url, stdout=out, stderr=io.StringIO())
        assert out.getvalue().startswith("1 created")
        assert Resource.objects.get().title == "Internal record that must not leak"
    else:
        if fetcher == "ingestion":
            job = jobs.create(url, url=url)
        else:
            assert suggest(client, {"note": "x", "url": url}).status_code == 200
            job = IngestJob.objects.get(pk=VisitorSuggestion.objects.get().job_id)
        job.refresh_from_db()
        assert job.status == IngestJob.Status.DONE, job.error
        assert Resource.objects.get().title == "Internal page that must not leak"
    assert target.requests


def test_the_harvester_reports_a_refused_repository_clearly(front):
    with pytest.raises(CommandError) as refused:
        call_command("harvest", "http://localhost:9/oai", stdout=io.StringIO(), stderr=io.StringIO())
    assert str(refused.value) == (
        "cannot harvest http://localhost:9/oai: Refused: 'localhost' resolves to 127.0.0.1, "
        "a private, loopback, link-local or reserved address."
    )


def test_bodies_are_read_with_a_cap(front):
    with pytest.raises(netguard.NetError) as cut:
        netguard.fetch("GET", f"http://{front.netloc}/page", timeout=5, max_redirects=0, max_bytes=100)
    assert cut.value.code == "too_large" and "over the size limit" in str(cut.value)
    whole = netguard.fetch("GET", f"http://{front.netloc}/page", timeout=5, max_redirects=0, max_bytes=len(PAGE))
    assert whole.body == PAGE


def test_the_test_hook_is_ignored_in_production(front, settings):
    settings.PRODUCTION = True
    settings.LANTERN_INGEST_ALLOW_PRIVATE_URLS = True
    with pytest.raises(netguard.NetError) as refused:
        netguard.fetch("GET", f"http://{front.netloc}/page", timeout=5, max_redirects=0, max_bytes=len(PAGE))
    assert refused.value.code == "private_address" and front.requests == []


@pytest.mark.parametrize(
    "switch", ["LANTERN_INGEST_ALLOW_PRIVATE_URLS=true", "LANTERN_ALLOW_PRIVATE_HOSTS=127.0.0.1:8000", ""]
)
def test_production_refuses_to_start_with_private_urls_allowed(switch, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(
        LANTERN_ENV="production",
        LANTERN_SECRET_KEY="a-long-random-production-secret-for-this-test-only-0123456789",
        LANTERN_ALLOWED_HOSTS="hub.example.org",
        LANTERN_DATA_DIR=str(tmp_path),
    )
    if switch:
        name, _, value = switch.partition("=")
        env[name] = value
    done = subprocess.run(
        [LANTERN, "check", "--deploy"], env=env, cwd=REPO, capture_output=True, text=True, timeout=120
    )
    if not switch:  # the same production settings without the switch start
        assert done.returncode == 0, done.stderr
        return
    assert done.returncode != 0
    assert "configuration error" in done.stderr and switch.partition("=")[0] in done.stderr
    assert "for tests only" in done.stderr
