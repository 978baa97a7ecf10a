"""Visitors suggest a resource: a draft through ingestion, rate-limited, honeypot, size limits,
no cookie, never published without review."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantern.catalog.models import Resource
from lantern.curation.models import VisitorSuggestion

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def immediate_ingestion(settings):
    settings.LANTERN_INGEST_AUTO_PUBLISH = True  # even then, a visitor's suggestion waits for review
    settings.LANTERN_SUGGEST_PER_HOUR = 2
    settings.LANTERN_SUGGEST_MAX_MB = 1


def text_file(name="guide.txt", size=0):
    body = (
        b"Spotting the signs of forced labour in hotels. A guide for hotel staff, published by Unseen in 2021.\n" * 20
    )
    return SimpleUploadedFile(name, body + b"x" * size, content_type="text/plain")


def test_the_form_sets_no_cookie(client):
    response = client.get(reverse("public:suggest"))
    assert response.status_code == 200 and not response.cookies
    assert 'name="note"' in response.content.decode()


def test_a_suggested_file_becomes_a_draft_waiting_for_review(client):
    response = client.post(reverse("public:suggest"), {"note": "Useful for hotel staff", "file": text_file()})
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    suggestion = VisitorSuggestion.objects.get()
    assert suggestion.filename == "guide.txt" and suggestion.job_id
    resource = Resource.objects.get()
    assert resource.status == Resource.Status.REVIEW and resource.provenance == Resource.Provenance.SUGGESTION
    assert not Resource.objects.published().exists()
    assert len(suggestion.sender) == 64 and "127.0.0.1" not in suggestion.sender


def test_the_honeypot_keeps_nothing(client):
    response = client.post(
        reverse("public:suggest"), {"note": "spam", "url": "https://example.org/x", "website": "http://spam"}
    )
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
    response = client.post(reverse("public:suggest"), data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not VisitorSuggestion.objects.exists()


def test_large_files_are_refused(client):
    response = client.post(reverse("public:suggest"), {"note": "big", "file": text_file(size=2 * 1024 * 1024)})
    assert response.status_code == 400 and "too large" in response.content.decode()


def test_senders_are_rate_limited(client):
    for n in range(2):
        assert (
            client.post(reverse("public:suggest"), {"note": f"n{n}", "file": text_file(f"g{n}.txt")}).status_code == 200
        )
    response = client.post(reverse("public:suggest"), {"note": "third", "file": text_file("g3.txt")})
    assert response.status_code == 400 and "try again later" in response.content.decode()
    assert VisitorSuggestion.objects.count() == 2


def test_posts_from_other_sites_are_refused(client):
    response = client.post(
        reverse("public:suggest"), {"note": "x", "file": text_file()}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 400 and not VisitorSuggestion.objects.exists()


def test_each_hint_is_the_one_its_field_announces(client):
    import re

    html = client.get(reverse("public:suggest")).content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described, "the email field has a hint"
    for target in described:
        assert f'id="{target}"' in html, f"{target} is announced but missing"
