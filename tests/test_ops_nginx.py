"""Behind a real TLS proxy: Debian's nginx on loopback, configured with docs/operations.md's own nginx
example (only its ports and certificate paths changed), in front of a real `lantern serve` with
production settings. Asked over https as a browser asks hub.example.org: no redirect loop, HSTS,
https:// in the sitemap and OAI-PMH, the admin sign-in works, and the API rate limit counts each
visitor on the address nginx saw, whatever X-Forwarded-For the visitor sends."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import ssl
import subprocess
import time
from pathlib import Path

import pytest
from conftest import REPO
from ops_support import Answer, free_port, serving
from test_ops_proxy import PASSWORD, PUBLIC, cookie, production_hub  # noqa: F401  (production_hub: a fixture)


def nginx_binary() -> str:
    found = shutil.which("nginx", path=os.environ.get("PATH", "") + os.pathsep + "/usr/sbin")
    if not found:
        pytest.fail("nginx is not installed: install Debian's nginx-light (apt-get install nginx-light); .ci/run does")
    return found


def docs_nginx_example() -> str:
    """The nginx example in docs/operations.md's "Behind a TLS proxy" section, as written there."""
    section = (REPO / "docs" / "operations.md").read_text().split("## Behind a TLS proxy", 1)[1]
    return re.search(r"```nginx\n(.*?)```", section, re.S).group(1)


def nginx_conf(tmp: Path, tls_port: int, plain_port: int, upstream_port: int) -> str:
    """The docs' two server blocks on free loopback ports with a test certificate, in an nginx that
    runs in the foreground as this user with every file it writes in ``tmp``."""
    servers = docs_nginx_example()
    for old, new in [
        ("listen 443 ssl;", f"listen 127.0.0.1:{tls_port} ssl;"),
        ("listen 80;", f"listen 127.0.0.1:{plain_port};"),
        ("/etc/letsencrypt/live/hub.example.org/fullchain.pem", str(tmp / "cert.pem")),
        ("/etc/letsencrypt/live/hub.example.org/privkey.pem", str(tmp / "key.pem")),
        ("http://127.0.0.1:8000", f"http://127.0.0.1:{upstream_port}"),
    ]:
        assert servers.count(old) == 1, f"docs/operations.md's nginx example no longer has {old!r}"
        servers = servers.replace(old, new)
    temp = "\n".join(
        f"    {kind}_temp_path {tmp / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        f"daemon off;\nmaster_process off;\npid {tmp / 'nginx.pid'};\nerror_log {tmp / 'error.log'};\n"
        f"events {{}}\nhttp {{\n    access_log {tmp / 'access.log'};\n{temp}\n{servers}}}\n"
    )


@pytest.fixture
def certificate(tmp_path) -> Path:
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
            "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem"),
            "-subj", f"/CN={PUBLIC}", "-addext", f"subjectAltName=DNS:{PUBLIC}", "-days", "2",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return tmp_path / "cert.pem"


@pytest.fixture
def hub_behind_nginx(production_hub, certificate, tmp_path):  # noqa: F811
    """`lantern serve` trusting 127.0.0.1, behind nginx; yields nginx's (https, plain http) ports."""
    nginx = nginx_binary()
    with serving({**production_hub, "LANTERN_TRUSTED_PROXIES": "127.0.0.1"}) as base:
        tls_port, plain_port = free_port(), free_port()
        conf = tmp_path / "nginx.conf"
        conf.write_text(nginx_conf(tmp_path, tls_port, plain_port, int(base.rsplit(":", 1)[1])))
        log = tmp_path / "error.log"
        proxy = subprocess.Popen(
            [nginx, "-p", str(tmp_path), "-e", str(log), "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_port(proxy, tls_port, log)
            yield tls_port, plain_port
        finally:
            proxy.terminate()
            proxy.wait(timeout=30)


def wait_for_port(proxy: subprocess.Popen, port: int, log: Path) -> None:
    for _attempt in range(150):
        if proxy.poll() is not None:
            raise AssertionError("nginx stopped: " + (log.read_text() if log.exists() else ""))
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("nginx did not answer")


class VisitorConnection(http.client.HTTPSConnection):
    """https://hub.example.org as a browser asks it (SNI and certificate checked for that name),
    connected to nginx on 127.0.0.1, from the loopback address ``visitor``."""

    def __init__(self, port: int, visitor: str, context: ssl.SSLContext):
        super().__init__(PUBLIC, port, context=context, timeout=60)
        self.visitor = visitor

    def connect(self):
        sock = socket.create_connection(("127.0.0.1", self.port), self.timeout, source_address=(self.visitor, 0))
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


class Browser:
    def __init__(self, port: int, certificate: Path, visitor: str = "127.0.0.1"):
        self.port, self.visitor = port, visitor
        self.context = ssl.create_default_context(cafile=str(certificate))

    def ask(self, path: str, headers: dict | None = None, data: bytes | None = None) -> Answer:
        conn = VisitorConnection(self.port, self.visitor, self.context)
        try:
            # On port 443 a browser's Host header is the bare name.
            conn.request("POST" if data else "GET", path, body=data, headers={"Host": PUBLIC, **(headers or {})})
            response = conn.getresponse()
            return Answer(
                response.status, dict(response.headers), response.read(), response.headers.get_all("Set-Cookie") or []
            )
        finally:
            conn.close()


def sign_in(browser: Browser) -> int:
    page = browser.ask("/admin/login/?next=/admin/")
    assert page.status == 200, page.status
    csrf = cookie(page, "csrftoken")
    assert all("Secure" in c for c in page.cookies), page.cookies
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text()).group(1)
    form = f"csrfmiddlewaretoken={token}&username=alice&password={PASSWORD.replace(' ', '+')}&next=/admin/"
    sent = browser.ask(
        "/admin/login/?next=/admin/",
        headers={"Cookie": csrf, "Origin": f"https://{PUBLIC}", "Content-Type": "application/x-www-form-urlencoded"},
        data=form.encode(),
    )
    assert sent.status == 302, sent.text()[:2000]
    assert sent.headers["Location"] == "/admin/"
    return browser.ask("/admin/", headers={"Cookie": cookie(sent, "sessionid")}).status


def exhaust_then_ask(first: Browser, claims: list[str], then: list[tuple[Browser, str]]) -> list[int]:
    """``first`` uses up its API allowance (limit 3 a minute), each request claiming another address
    in X-Forwarded-For; returns the statuses of the requests in ``then`` (a visitor and the address
    it claims) asked at once after. A round that crossed into a new minute is run again."""
    for _round in range(3):
        minute = int(time.time() // 60)
        statuses = [first.ask("/api/v1/topics", headers={"X-Forwarded-For": claim}).status for claim in claims]
        after = [visitor.ask("/api/v1/topics", headers={"X-Forwarded-For": claim}).status for visitor, claim in then]
        if int(time.time() // 60) == minute:
            assert statuses == [200, 200, 200, 429]
            return after
        time.sleep(61 - time.time() % 60)  # the next minute, with a fresh allowance
    raise AssertionError("three rounds crossed a minute")


def test_behind_nginx_each_request_is_the_visitors_over_https(hub_behind_nginx, certificate):
    tls_port, plain_port = hub_behind_nginx
    browser = Browser(tls_port, certificate)

    home = browser.ask("/")
    assert home.status == 200  # no redirect to the https address it already came from
    assert home.headers["Strict-Transport-Security"].startswith("max-age=31536000")

    sitemap = browser.ask("/sitemap.xml")
    assert sitemap.status == 200
    assert f"https://{PUBLIC}/resources/" in sitemap.text() and f"http://{PUBLIC}" not in sitemap.text()
    identify = browser.ask("/oai?verb=Identify").text()
    assert f"<baseURL>https://{PUBLIC}/oai</baseURL>" in identify

    assert sign_in(browser) == 200

    # The docs' port-80 server sends plain HTTP to https.
    plain = http.client.HTTPConnection("127.0.0.1", plain_port, timeout=60)
    plain.request("GET", "/about/", headers={"Host": PUBLIC})
    redirect = plain.getresponse()
    assert (redirect.status, redirect.headers["Location"]) == (301, f"https://{PUBLIC}/about/")
    plain.close()


def test_through_nginx_a_visitor_cannot_escape_its_rate_limit_by_claiming_other_addresses(
    hub_behind_nginx, certificate
):
    tls_port, _plain_port = hub_behind_nginx
    # Two visitors on their own loopback addresses; nginx writes the address it saw after any they send.
    one, two = Browser(tls_port, certificate, "127.0.0.2"), Browser(tls_port, certificate, "127.0.0.3")
    # A visitor who claims another address on every request still runs out of its allowance, and
    # stays out claiming yet another or the other visitor's, while the other visitor, even claiming
    # the first one's address, has its own.
    forged = ["10.0.0.1", "10.0.0.2", "198.51.100.3", "203.0.113.4"]
    after = exhaust_then_ask(one, forged, [(one, "10.9.9.9"), (one, "127.0.0.3"), (two, "127.0.0.2")])
    assert after == [429, 429, 200]
