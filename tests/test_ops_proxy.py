"""Behind a TLS proxy: a real `lantern serve` with production settings, asked as Caddy or nginx ask
it (from 127.0.0.1, with X-Forwarded-Proto/For/Host). From a trusted proxy the request is the
visitor's: no redirect loop, HSTS, https:// in the sitemap and OAI-PMH, the admin sign-in works,
and rate limits count each visitor. From anyone else the same headers are ignored."""

from __future__ import annotations

import re
import time

import pytest
from conftest import run_lantern
from ops_support import ask, serving
from test_ops_backup import multipart

PUBLIC = "hub.example.org"
PASSWORD = "correct horse battery staple"
KEY = "proxy-test-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"


def via_proxy(visitor: str = "203.0.113.7", **extra: str) -> dict:
    """What a TLS proxy adds to a visitor's request (Caddy sends all three; nginx as configured in docs)."""
    return {"Host": PUBLIC, "X-Forwarded-Proto": "https", "X-Forwarded-For": visitor, **extra}


@pytest.fixture
def production_hub(cli_env, tmp_path):
    """A hub with a curator and a published record, and its production settings (no proxy trusted yet)."""
    records = tmp_path / "records.jsonl"
    records.write_text('{"title": "Hotel staff toolkit", "type": "toolkit", "status": "published"}\n')
    run_lantern(cli_env, "import", str(records), check=True)
    run_lantern(
        {**cli_env, "DJANGO_SUPERUSER_PASSWORD": PASSWORD},
        "createsuperuser",
        "--noinput",
        "--username",
        "alice",
        "--email",
        "alice@example.org",
        check=True,
    )
    return {
        **cli_env,
        "LANTERN_ENV": "production",
        "LANTERN_SECRET_KEY": KEY,
        "LANTERN_ALLOWED_HOSTS": PUBLIC,
        "LANTERN_API_RATE_LIMIT": "3",
        "LANTERN_SUGGEST_PER_HOUR": "1",
    }


def cookie(answer, name: str) -> str:
    found = [c.split(";")[0] for c in answer.cookies if c.startswith(f"{name}=")]
    assert found, f"no {name} cookie in {answer.cookies}"
    return found[0]


def sign_in(base: str) -> int:
    """The admin sign-in as a browser behind the proxy sends it; the status of the admin index after."""
    page = ask(f"{base}/admin/login/?next=/admin/", headers=via_proxy())
    assert page.status == 200, page.status
    csrf = cookie(page, "csrftoken")
    assert all("Secure" in c for c in page.cookies)  # set over https, as the visitor sees it
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text()).group(1)
    form = f"csrfmiddlewaretoken={token}&username=alice&password={PASSWORD.replace(' ', '+')}&next=/admin/"
    sent = ask(
        f"{base}/admin/login/?next=/admin/",
        headers={
            **via_proxy(),
            "Cookie": csrf,
            "Origin": f"https://{PUBLIC}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        data=form.encode(),
    )
    assert sent.status == 302, sent.text()[:2000]
    assert sent.headers["Location"] == "/admin/"
    return ask(f"{base}/admin/", headers={**via_proxy(), "Cookie": cookie(sent, "sessionid")}).status


def exhaust_then_ask_other(base: str, first: dict, second: dict) -> int:
    """Use up the first client's API allowance, then return the status the second client gets at once.

    The limit counts per minute, so a round that crossed into a new minute is run again."""
    for _round in range(3):
        minute = int(time.time() // 60)
        statuses = [ask(f"{base}/api/v1/topics", headers=first).status for _ in range(4)]
        other = ask(f"{base}/api/v1/topics", headers=second).status
        if int(time.time() // 60) == minute:
            assert statuses == [200, 200, 200, 429]
            return other
        time.sleep(1)
    raise AssertionError("three rounds crossed a minute")


def suggest(base: str, headers: dict) -> int:
    form = ask(f"{base}/suggest/", headers=headers).text()
    token = re.search(r'name="form_token" value="([^"]+)"', form).group(1)
    body, content_type = multipart({"note": "a toolkit", "form_token": token}, "tip.txt", b"Toolkit text. " * 40)
    headers = {**headers, "Content-Type": content_type, "Origin": f"https://{PUBLIC}"}
    return ask(f"{base}/suggest/", headers=headers, data=body).status


def test_behind_a_trusted_proxy_each_request_is_the_visitors_over_https(production_hub):
    with serving({**production_hub, "LANTERN_TRUSTED_PROXIES": "::1, 127.0.0.1"}) as base:
        # Plain HTTP that did not come through the proxy's TLS is still sent to HTTPS.
        direct = ask(f"{base}/", headers={"Host": PUBLIC})
        assert direct.status == 301 and direct.headers["Location"] == f"https://{PUBLIC}/"
        home = ask(f"{base}/", headers=via_proxy())
        assert home.status == 200  # no redirect to the https address it already came from
        assert home.headers["Strict-Transport-Security"].startswith("max-age=31536000")
        assert not home.cookies

        sitemap = ask(f"{base}/sitemap.xml", headers=via_proxy()).text()
        assert f"https://{PUBLIC}/resources/" in sitemap and f"http://{PUBLIC}" not in sitemap
        # Caddy also names the host in X-Forwarded-Host, while the Host header is its upstream's.
        upstream = via_proxy(Host=base.removeprefix("http://"), **{"X-Forwarded-Host": PUBLIC})
        identify = ask(f"{base}/oai?verb=Identify", headers=upstream).text()
        assert f"<baseURL>https://{PUBLIC}/oai</baseURL>" in identify

        assert sign_in(base) == 200

        # Each visitor has their own allowance, counted on the address the proxy saw.
        assert exhaust_then_ask_other(base, via_proxy("203.0.113.7"), via_proxy("198.51.100.9")) == 200
        # A client's own X-Forwarded-For entries (before the proxy's) are not believed.
        spoofed = via_proxy("10.0.0.1, 203.0.113.8")
        assert exhaust_then_ask_other(base, spoofed, via_proxy("10.0.0.2, 203.0.113.8")) == 429

        assert suggest(base, via_proxy("203.0.113.20")) == 200
        assert suggest(base, via_proxy("203.0.113.20")) == 400  # its hourly suggestion
        assert suggest(base, via_proxy("203.0.113.21")) == 200  # another visitor's


def test_forwarded_headers_from_anyone_else_are_ignored(production_hub):
    # The proxy is said to be elsewhere: this test's requests come straight from 127.0.0.1. Without
    # the redirect to HTTPS (which would answer every request here), as when a proxy does it.
    env = {**production_hub, "LANTERN_TRUSTED_PROXIES": "192.0.2.10", "LANTERN_SSL_REDIRECT": "false"}
    with serving(env) as base:
        home = ask(f"{base}/", headers=via_proxy())
        assert home.status == 200 and "Strict-Transport-Security" not in home.headers
        sitemap = ask(f"{base}/sitemap.xml", headers=via_proxy()).text()
        assert f"http://{PUBLIC}/resources/" in sitemap and f"https://{PUBLIC}" not in sitemap
        # One client whatever addresses it claims: all its requests share one allowance.
        assert exhaust_then_ask_other(base, via_proxy("203.0.113.7"), via_proxy("198.51.100.9")) == 429
        # The health check answers the machine's own probe: plain HTTP, its own host name, no cookie.
        health = ask(f"{base}/healthz")
        assert health.status == 200 and not health.cookies and health.headers["Cache-Control"] == "max-age=5"


def test_a_proxy_setting_that_is_not_an_address_stops_lantern_with_its_name(cli_env):
    result = run_lantern({**cli_env, "LANTERN_TRUSTED_PROXIES": "my-proxy.local"}, "check")
    assert result.returncode == 2
    assert "LANTERN_TRUSTED_PROXIES: 'my-proxy.local' is not an IP address or network" in result.stderr
