"""Stored files read in ranges, as PDF viewers and download managers read them: one byte range is a
206 with its Content-Range, a range past the end a 416, anything else the whole file."""

from __future__ import annotations

import json

import pytest

from lantern.catalog.models import Attachment
from lantern.ingest.records import import_file

pytestmark = pytest.mark.django_db

CONTENT = b"%PDF-1.4 " + bytes(range(256)) * 40  # 10,249 bytes, every byte value


@pytest.fixture
def pdf_url(tmp_path) -> str:
    folder = tmp_path / "import"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(CONTENT)
    record = {
        "title": "A report read in ranges",
        "slug": "a-report-read-in-ranges",
        "status": "published",
        "files": [{"path": "report.pdf", "media_type": "application/pdf"}],
    }
    (folder / "in.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert import_file(folder / "in.jsonl").ok
    return Attachment.objects.get(resource__slug="a-report-read-in-ranges").download_url


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=1000-", 1000, len(CONTENT) - 1),
        ("bytes=-500", len(CONTENT) - 500, len(CONTENT) - 1),
        ("bytes=10000-99999", 10000, len(CONTENT) - 1),
    ],
)
def test_one_range_is_a_206_of_exactly_those_bytes(client, pdf_url, header, first, last):
    response = client.get(pdf_url, HTTP_RANGE=header, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {first}-{last}/{len(CONTENT)}"
    assert int(response["Content-Length"]) == last - first + 1
    assert "Content-Encoding" not in response
    assert body(response) == CONTENT[first : last + 1]


def test_the_whole_file_says_ranges_are_welcome(client, pdf_url):
    response = client.get(pdf_url)
    assert response.status_code == 200 and response["Accept-Ranges"] == "bytes"
    assert body(response) == CONTENT


def test_a_range_past_the_end_is_a_416_naming_the_size(client, pdf_url):
    response = client.get(pdf_url, HTTP_RANGE=f"bytes={len(CONTENT)}-")
    assert response.status_code == 416 and response["Content-Range"] == f"bytes */{len(CONTENT)}"


@pytest.mark.parametrize("header", ["bytes=0-9,20-29", "pages=1-2", "bytes=50-10", "nonsense"])
def test_ranges_this_does_not_read_get_the_whole_file(client, pdf_url, header):
    response = client.get(pdf_url, HTTP_RANGE=header)
    assert response.status_code == 200 and body(response) == CONTENT
