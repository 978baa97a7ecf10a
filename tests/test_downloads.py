"""Stored files: documents and images shown as themselves, anything else saved, nothing ever run in the hub's origin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.urls import reverse

from lantern.catalog.models import Attachment, Resource
from lantern.ingest.records import import_file

pytestmark = pytest.mark.django_db

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082"
)
# name, media type declared by the import, content
FILES = [
    ("evil.js", "text/javascript", b"fetch('/api/v1/search').then(r => r.text()).then(alert)"),
    ("evil.html", "text/html", b"<!doctype html><script>alert(document.domain)</script>"),
    ("evil.svg", "image/svg+xml", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ("evil.xml", "application/evil+xml", b'<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'),
    ("report.pdf", "application/pdf", b"%PDF-1.4 a tiny report"),
    ("cover.png", "image/png", PNG),
    ("notes.txt", "text/plain; charset=utf-8", "Notes — plain text".encode()),
    ("upper.pdf", "Application/PDF", b"%PDF-1.4 upper-case type"),
    ("guessed.html", "", b"<script>alert(1)</script>"),
    ("guessed.docx", "", b"PK\x03\x04 a word document"),
]
SHOWN = {
    "report.pdf": "application/pdf",
    "cover.png": "image/png",
    "notes.txt": "text/plain",
    "upper.pdf": "application/pdf",
    "guessed.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@pytest.fixture
def files(tmp_path) -> dict[str, Attachment]:
    """One published resource with every file above, imported as `lantern import` does."""
    folder = tmp_path / "import"
    folder.mkdir()
    for name, _type, content in FILES:
        (folder / name).write_bytes(content)
    record = {
        "title": "Files of every kind",
        "slug": "files-of-every-kind",
        "status": "published",
        "files": [{"path": name, "media_type": media_type} for name, media_type, _content in FILES],
    }
    (folder / "in.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert import_file(folder / "in.jsonl").ok
    attachments = Attachment.objects.filter(resource__slug="files-of-every-kind")
    return {a.filename: a for a in attachments}


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(("name", "declared", "content"), FILES, ids=[f[0] for f in FILES])
def test_every_file_is_sandboxed_and_only_documents_and_images_are_shown(client, files, name, declared, content):
    attachment = files[name]
    if declared:
        assert attachment.media_type == declared  # kept as imported: the decision is made when serving
    response = client.get(attachment.download_url)
    assert response.status_code == 200
    assert body(response) == content
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = [part.strip() for part in response["Content-Security-Policy"].split(";")]
    assert policy[0] == "sandbox" and "default-src 'none'" in policy
    assert "script-src" not in response["Content-Security-Policy"]
    disposition = response["Content-Disposition"]
    if name in SHOWN:
        assert response["Content-Type"] == SHOWN[name]
        assert disposition.startswith("inline;") and f'filename="{name}"' in disposition
    else:
        assert response["Content-Type"] == "application/octet-stream"
        assert disposition.startswith("attachment;") and f'filename="{name}"' in disposition


def test_a_file_of_a_resource_that_is_not_published_is_not_served(client, files):
    url = files["report.pdf"].download_url
    Resource.objects.filter(slug="files-of-every-kind").update(status=Resource.Status.DRAFT)
    response = client.get(url)
    assert response.status_code == 404
    assert "sandbox" not in response.get("Content-Security-Policy", "")  # the site's own 404 page


def test_stored_files_have_no_other_address(client, files, settings):
    """The media folder is not served: files go out only through the download view and its headers."""
    attachment = files["evil.html"]
    stored = attachment.file.name  # e.g. files/2026/05/evil.html
    assert Path(settings.MEDIA_ROOT, stored).read_bytes().startswith(b"<!doctype html>")
    for path in (settings.MEDIA_URL + stored, "/" + stored, "/media/" + stored, "/static/" + stored):
        response = client.get(path)
        assert response.status_code == 404, path
        assert b"alert(document.domain)" not in response.content


def test_the_resource_page_links_each_file_to_the_download_view(client, files):
    html = client.get(reverse("public:resource", args=["files-of-every-kind"])).content.decode()
    for attachment in files.values():
        assert f'href="{attachment.download_url}"' in html
    assert "/files/files/" not in html
