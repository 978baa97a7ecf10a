"""Link checking against a local HTTP server: 200, 404, 500, slow, redirect loops, private addresses,
and each kind of failure named as what it is."""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import threading
import time

import pytest
from django.urls import reverse
from factories import make_resource

from lantern.catalog.models import Attachment
from lantern.curation import links
from lantern.curation.models import LinkCheck

pytestmark = pytest.mark.django_db


class Handler(http.server.BaseHTTPRequestHandler):
    calls: dict[str, int] = {}

    def log_message(self, *args):
        pass

    def _answer(self, body: bool):
        Handler.calls[self.path] = Handler.calls.get(self.path, 0) + 1
        path = self.path
        if path == "/slow":
            time.sleep(2.5)
            code = 200
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        elif path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.end_headers()
            return
        elif path == "/no-head" and self.command == "HEAD":
            code = 405
        elif path == "/flaky":
            code = 503 if Handler.calls[path] == 1 else 200
        else:
            code = {"/ok": 200, "/no-head": 200, "/missing": 404, "/error": 500}.get(path, 404)
        self.send_response(code)
        self.send_header("Content-Length", "2")
        self.end_headers()
        if body:
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self._answer(body=False)

    def do_GET(self):
        self._answer(body=True)


@pytest.fixture
def server(settings):
    settings.LANTERN_INGEST_ALLOW_PRIVATE_URLS = False
    settings.LANTERN_LINKS_TIMEOUT = 1
    settings.LANTERN_LINKS_RETRIES = 1
    Handler.calls = {}
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    # Only this server's exact host:port may be reached; every other loopback address stays refused.
    settings.LANTERN_ALLOW_PRIVATE_HOSTS = [f"127.0.0.1:{httpd.server_address[1]}"]
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "path, ok, status, error",
    [
        ("/ok", True, 200, ""),
        ("/moved", True, 200, ""),
        ("/no-head", True, 200, ""),
        ("/flaky", True, 200, ""),
        ("/missing", False, 404, "HTTP 404"),
        ("/error", False, 500, "HTTP 500"),
        ("/slow", False, None, "did not answer"),
        ("/loop", False, None, "loop"),
    ],
)
def test_each_kind_of_answer(server, path, ok, status, error):
    outcome = links.check_url(server + path)
    assert (outcome.ok, outcome.status_code) == (ok, status)
    assert error in outcome.error
    if path == "/moved":
        assert outcome.final_url.endswith("/ok")
    if path == "/error":
        assert outcome.attempts == 2  # retried once, then recorded as broken


def test_private_addresses_are_refused(server, settings):
    settings.LANTERN_ALLOW_PRIVATE_HOSTS = []
    outcome = links.check_url(server + "/ok")
    assert not outcome.ok and "private, loopback" in outcome.error
    assert Handler.calls == {}  # nothing was sent
    assert "not an http" in links.check_url("file:///etc/passwd").error


def test_a_refused_connection_is_called_refused_not_a_time_out(settings):
    port = _closed_port()
    settings.LANTERN_ALLOW_PRIVATE_HOSTS = [f"127.0.0.1:{port}"]
    outcome = links.check_url(f"http://127.0.0.1:{port}/", retries=0)
    assert not outcome.ok and outcome.status_code is None
    assert "connection was refused" in outcome.error and "did not answer" not in outcome.error


def test_an_unknown_host_and_a_failed_tls_handshake_are_named(server):
    assert "cannot be found" in links.check_url("http://no-such-host.invalid/", retries=0).error
    tls = links.check_url(server.replace("http://", "https://") + "/ok", retries=0)  # plain HTTP behind https://
    assert not tls.ok and "secure connection failed" in tls.error


def test_history_and_broken_since(server):
    resource = make_resource("Guide", source_url=server + "/missing")
    Attachment.objects.create(resource=resource, url=server + "/ok")
    first = links.check_all(links.due())
    assert {(c.kind, c.ok) for c in first} == {("source", False), ("file", True)}
    LinkCheck.objects.filter(pk=next(c.pk for c in first if c.kind == "source")).update(
        checked_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    )
    links.check_all(links.due())
    assert links.broken_since(resource).date() == dt.date(2026, 1, 5)
    resource.source_url = server + "/ok"
    resource.save()
    links.check_all(links.due())
    assert links.broken_since(resource) is None
    assert LinkCheck.objects.filter(resource=resource).count() == 6  # three runs, two links each


def test_due_skips_recent_checks(server):
    make_resource("Guide", source_url=server + "/ok")
    links.check_all(links.due())
    assert links.due(older_than=dt.timedelta(days=7)) == []
    assert len(links.due()) == 1


def test_curators_see_broken_since_in_the_admin(server, admin_client):
    resource = make_resource("Broken guide", source_url=server + "/missing")
    links.check_all(links.due())
    page = admin_client.get(reverse("admin:catalog_resource_changelist")).content.decode()
    assert "broken since" in page
    detail = admin_client.get(reverse("admin:catalog_resource_change", args=[resource.pk])).content.decode()
    assert "HTTP 404" in detail
