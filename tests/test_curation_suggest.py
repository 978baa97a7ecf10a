"""Visitors suggest a resource: a draft through ingestion, rate-limited (also under parallel
posts), honeypot, size limits, no cookie, posts only from this hub's own recent form, never
published without review."""

from __future__ import annotations

import re
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

import pytest
from conftest import LANTERN, REPO, run_lantern
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from public_support import HERE
from public_support import suggest as send

from lantern.catalog.models import Resource
from lantern.curation.models import VisitorSuggestion
from lantern.public.suggest import TOKEN_SALT, form_token

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def immediate_ingestion(settings):
    settings.LANTERN_INGEST_AUTO_PUBLISH = True  # even then, a visitor's suggestion waits for review
    settings.LANTERN_SUGGEST_PER_HOUR = 2
    settings.LANTERN_SUGGEST_MAX_MB = 1


GUIDE = b"Spotting the signs of forced labour in hotels. A guide for hotel staff, published by Unseen in 2021.\n" * 20


def text_file(name="guide.txt", size=0):
    return SimpleUploadedFile(name, GUIDE + b"x" * size, content_type="text/plain")


def test_the_form_sets_no_cookie(client):
    response = client.get(reverse("public:suggest"))
    assert response.status_code == 200 and not response.cookies
    assert 'name="note"' in response.content.decode()


def test_a_suggested_file_becomes_a_draft_waiting_for_review(client):
    response = send(client, {"note": "Useful for hotel staff", "file": text_file()})
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    suggestion = VisitorSuggestion.objects.get()
    assert suggestion.filename == "guide.txt" and suggestion.job_id
    resource = Resource.objects.get()
    assert resource.status == Resource.Status.REVIEW and resource.provenance == Resource.Provenance.SUGGESTION
    assert not Resource.objects.published().exists()
    assert len(suggestion.sender) == 64 and "127.0.0.1" not in suggestion.sender


def test_the_honeypot_keeps_nothing(client):
    response = send(client, {"note": "spam", "url": "https://example.org/x", "website": "http://spam"})
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not VisitorSuggestion.objects.exists()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"note": "nothing attached"}, "Give the address"),
        ({"note": "x", "url": "ftp://example.org/file"}, "must start with http:// or https://"),
        ({"note": "x", "url": "http://127.0.0.1/admin/"}, "cannot be used"),
        ({"note": "x", "url": "http://169.254.169.254/latest/meta-data/"}, "cannot be used"),
    ],
)
def test_mistakes_are_explained(client, data, message):
    response = send(client, data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not VisitorSuggestion.objects.exists()


def test_large_files_are_refused(client):
    response = send(client, {"note": "big", "file": text_file(size=2 * 1024 * 1024)})
    assert response.status_code == 400 and "too large" in response.content.decode()


def test_senders_are_rate_limited(client):
    for n in range(2):
        assert send(client, {"note": f"n{n}", "file": text_file(f"g{n}.txt")}).status_code == 200
    response = send(client, {"note": "third", "file": text_file("g3.txt")})
    assert response.status_code == 400 and "try again later" in response.content.decode()
    assert VisitorSuggestion.objects.count() == 2


@pytest.mark.parametrize(
    "origin", [None, "null", "https://evil.example", "http://testserver.evil.example", "http://evil.example/testserver"]
)
def test_posts_not_sent_from_this_hub_are_refused(client, origin):
    """No Origin, ``null`` (a sandboxed frame on any site) or another site's: a clear 403 page."""
    response = send(client, {"note": "forged", "file": text_file()}, origin=origin)
    page = response.content.decode()
    assert response.status_code == 403 and "can only be sent from its own page on this site" in page
    assert not VisitorSuggestion.objects.exists() and not Resource.objects.exists()


def test_a_trusted_origin_of_the_hub_is_accepted(client, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://hub.example.org"]
    response = send(client, {"note": "via the public name", "file": text_file()}, origin="https://hub.example.org")
    assert response.status_code == 200
    assert VisitorSuggestion.objects.count() == 1


def signed(value, salt: str = TOKEN_SALT, key: str | None = None) -> str:
    return signing.Signer(key=key, salt=salt).sign_object(value)


@pytest.mark.parametrize(
    "token",
    [
        "",
        "made-up",
        signed({"at": 1}).rsplit(":", 1)[0] + ":forged",
        signed({"at": int(time.time())}, salt="another purpose"),
        signed({"at": int(time.time())}, key="not this hub's key"),
        signed({"at": "now"}),
    ],
    ids=["missing", "made-up", "tampered", "other-purpose", "other-key", "no-time"],
)
def test_posts_without_a_form_this_hub_served_are_refused(client, token):
    response = send(client, {"note": "no form", "file": text_file()}, token=token)
    assert response.status_code == 403 and "can only be sent from its own page" in response.content.decode()
    assert not VisitorSuggestion.objects.exists()


def test_an_old_form_is_shown_again_with_what_was_written(client, settings):
    settings.LANTERN_SUGGEST_FORM_HOURS = 2
    old = form_token(issued_at=time.time() - 3 * 3600)
    data = {"note": "A guide I found last week", "url": "https://example.org/guide.pdf", "contact": "me@example.org"}
    response = client.post(reverse("public:suggest"), {**data, "form_token": old}, HTTP_ORIGIN=HERE)
    page = response.content.decode()
    assert response.status_code == 400 and "send it again" in page
    assert "A guide I found last week" in page and 'value="https://example.org/guide.pdf"' in page
    assert 'value="me@example.org"' in page and not VisitorSuggestion.objects.exists()
    fresh = re.search(r'name="form_token" value="([^"]+)"', page).group(1)
    assert fresh != old
    # The re-shown form sends as any other (a file this time: no address look-up in a test).
    again = send(client, {"note": data["note"], "file": text_file()}, token=fresh)
    assert again.status_code == 200 and VisitorSuggestion.objects.count() == 1
    # A form served within the limit is still good.
    recent = form_token(issued_at=time.time() - 3600)
    assert send(client, {"note": "an hour later", "file": text_file("b.txt")}, token=recent).status_code == 200


def test_a_good_post_sets_no_cookie_and_its_page_tells_the_hub_its_origin(client):
    page = client.get(reverse("public:suggest"))
    # Under a no-referrer policy a browser would send ``Origin: null`` to the hub.
    assert page["Referrer-Policy"] == "same-origin"
    assert '<meta name="referrer" content="same-origin">' in page.content.decode()
    response = send(client, {"note": "Useful", "file": text_file()})
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not response.cookies and not page.cookies and not client.cookies
    assert '<meta name="referrer" content="same-origin">' in client.get(reverse("public:home")).content.decode()


def test_each_hint_is_the_one_its_field_announces(client):
    import re

    html = client.get(reverse("public:suggest")).content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described, "the email field has a hint"
    for target in described:
        assert f'id="{target}"' in html, f"{target} is announced but missing"


# --- parallel posts against a real server --------------------------------------------------------
def _multipart(fields: dict[str, str], filename: str, content: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        f"Content-Type: text/plain\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@pytest.fixture
def served_hub(cli_env):
    """A real `lantern serve` (waitress, eight threads) on a database of its own; yields its base URL and env."""
    import socket

    env = {**cli_env, "LANTERN_SUGGEST_PER_HOUR": "5"}
    run_lantern(env, "migrate", "--verbosity", "0", check=True, timeout=300)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryFile() as log:  # not a pipe: a full pipe would stop the server (a log line per request)
        server = subprocess.Popen(
            [LANTERN, "serve", "--port", str(port)], env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=log
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _attempt in range(150):
                try:
                    with urllib.request.urlopen(f"{base}/suggest/", timeout=5) as response:
                        if response.status == 200:
                            break
                except OSError:
                    time.sleep(0.2)
            else:
                log.seek(0)
                pytest.fail("lantern serve did not answer: " + log.read().decode(errors="replace"))
            yield base, env
        finally:
            server.terminate()
            server.wait(timeout=20)


def test_twelve_parallel_posts_from_one_address_store_at_most_the_limit(served_hub):
    base, env = served_hub
    with urllib.request.urlopen(f"{base}/suggest/", timeout=30) as response:
        token = re.search(r'name="form_token" value="([^"]+)"', response.read().decode()).group(1)
    start = threading.Barrier(12)
    answers: list[tuple[int, str, bool]] = []  # status, what the page says, whether it set a cookie

    def post(n: int) -> None:
        body, content_type = _multipart({"note": f"parallel {n}", "form_token": token}, f"guide-{n}.txt", GUIDE)
        request = urllib.request.Request(
            f"{base}/suggest/", data=body, headers={"Content-Type": content_type, "Origin": base}, method="POST"
        )
        start.wait(timeout=60)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                answers.append((response.status, response.read().decode(), "Set-Cookie" in response.headers))
        except urllib.error.HTTPError as refused:
            answers.append((refused.code, refused.read().decode(), "Set-Cookie" in refused.headers))

    threads = [threading.Thread(target=post, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert sorted(status for status, _, _ in answers) == [200] * 5 + [400] * 7
    assert all("Thank you" in page for status, page, _ in answers if status == 200)
    assert all("try again later" in page for status, page, _ in answers if status == 400)
    assert not any(cookie for _, _, cookie in answers)
    count = run_lantern(
        env,
        "shell",
        "--no-imports",
        "-c",
        "from lantern.curation.models import VisitorSuggestion; print(VisitorSuggestion.objects.count())",
        check=True,
    )
    assert count.stdout.strip() == "5"
