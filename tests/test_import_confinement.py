"""An import file reads files only from its own folder: no path of it can publish a file of the server."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lantern.catalog.models import Attachment, Resource
from lantern.ingest.formats import import_path
from lantern.ingest.records import import_file

pytestmark = pytest.mark.django_db

SECRET = b"the server's own secret, never to be published"


def _import(folder: Path, files: list, name: str = "partner.jsonl"):
    path = folder / name
    row = {"title": "A partner's report", "files": files, "status": "published"}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return import_file(path)


@pytest.fixture
def layout(tmp_path):
    """An import folder with a real PDF in it, and a secret file beside (outside) it."""
    inbox = tmp_path / "partners" / "inbox"
    inbox.mkdir(parents=True)
    (inbox / "report.pdf").write_bytes(b"%PDF-1.4\n% a small report\n")
    (tmp_path / "partners" / "secret.txt").write_bytes(SECRET)
    return inbox


def _nothing_written(report, fragment: str):
    assert report.created == 0
    assert len(report.errors) == 1
    assert fragment in report.errors[0].message
    assert not Resource.objects.exists()
    assert not Attachment.objects.exists()


@pytest.mark.parametrize(
    "name",
    [
        "../secret.txt",
        "../../partners/secret.txt",
        "sub/../../secret.txt",
        "/etc/passwd",
        "/proc/self/environ",
        "C:\\Windows\\win.ini",
    ],
)
def test_a_path_out_of_the_import_folder_is_a_row_error_naming_it(layout, name):
    report = _import(layout, [name])
    _nothing_written(report, repr(name))


def test_a_symlink_out_of_the_folder_is_refused(layout):
    (layout / "innocent.pdf").symlink_to(layout.parent / "secret.txt")
    _nothing_written(_import(layout, ["innocent.pdf"]), "outside the import file's folder")


def test_a_symlinked_folder_out_of_the_folder_is_refused(layout):
    (layout / "docs").symlink_to(layout.parent)
    _nothing_written(_import(layout, ["docs/secret.txt"]), "outside the import file's folder")


def test_a_device_or_fifo_is_not_a_file(layout):
    os.mkfifo(layout / "pipe.pdf")
    _nothing_written(_import(layout, ["pipe.pdf"]), "not a regular file")
    (layout / "folder.pdf").mkdir()
    _nothing_written(_import(layout, ["folder.pdf"]), "not a regular file")


def test_the_hubs_own_data_directory_is_never_read(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    settings.DATA_DIR.mkdir()
    (settings.DATA_DIR / "secret_key").write_bytes(SECRET)
    report = _import(settings.DATA_DIR, ["secret_key"])
    _nothing_written(report, "data directory")


def test_one_bad_file_keeps_the_whole_row_out_even_after_a_good_one(layout):
    report = _import(layout, ["report.pdf", "../secret.txt"])
    _nothing_written(report, "'../secret.txt'")


def test_files_beside_the_import_are_still_attached(layout):
    (layout / "annex").mkdir()
    (layout / "annex" / "data.csv").write_text("year,cases\n2020,3\n", encoding="utf-8")
    (layout / "alias.pdf").symlink_to(layout / "report.pdf")  # a link that stays inside is fine
    report = _import(layout, ["report.pdf", {"path": "annex/data.csv", "label": "Data"}, "alias.pdf"])
    assert report.ok and report.created == 1
    resource = Resource.objects.get()
    assert resource.status == "published"
    names = sorted(a.filename for a in resource.attachments.all())
    assert names == ["data.csv", "report.pdf"]  # the alias has the same bytes: attached once
    stored = resource.attachments.get(filename="data.csv")
    assert stored.file.read() == b"year,cases\n2020,3\n"


def test_a_missing_file_is_a_warning_and_the_row_goes_in(layout):
    report = _import(layout, ["not-here.pdf"])
    assert report.created == 1 and not report.errors
    assert any("not-here.pdf" in w.message for w in report.warnings)


def test_a_file_over_the_size_limit_is_refused(layout, settings):
    settings.LANTERN_INGEST_MAX_FILE_MB = 1
    (layout / "huge.pdf").write_bytes(b"%PDF" + b"\0" * (1024 * 1024 + 1))
    _nothing_written(_import(layout, ["huge.pdf"]), "over the limit")


def test_a_wordpress_export_still_imports_when_held_to_its_folder(layout):
    wxr = layout / "site.xml"
    wxr.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Hotel toolkit</title><link>https://partner.example.org/hotel-toolkit/</link>
<wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_id>1</wp:post_id>
<content:encoded>A toolkit.</content:encoded><excerpt:encoded></excerpt:encoded></item>
</channel></rss>""",
        encoding="utf-8",
    )
    report = import_path(wxr, "wxr")
    assert report.created == 1 and not report.errors  # held to its folder, a normal WXR still imports


def test_records_without_a_folder_never_read_paths(db):
    """The API and internal writers (merge, restore) have no import folder: a path is not read."""
    from lantern.catalog.writer import RecordWriter

    result = RecordWriter().write({"title": "From the API", "files": ["/etc/passwd"], "status": "published"})
    assert not result.resource.attachments.exists()
    assert any("not read" in w for w in result.warnings)
