"""Every way a record arrives goes through the one writer: the record gets exactly one revision
in its history and is found by search as soon as the write returns."""

from __future__ import annotations

import contextlib
import io
import json

import ingest_support as support
import pytest
from django.core.management import call_command
from django.urls import reverse
from factories import admin_resource_form, make_resource

from lantern.catalog.models import Resource
from lantern.curation import history, merge
from lantern.ingest import formats
from lantern.ingest.records import import_file
from lantern.search.service import search

pytestmark = pytest.mark.django_db


def _one_revision_and_found(title: str, word: str) -> Resource:
    resource = Resource.objects.get(title=title)
    assert resource.revisions.count() == 1
    assert title in [hit.resource.title for hit in search(word).hits]
    return resource


def test_a_jsonl_import(tmp_path):
    source = tmp_path / "rows.jsonl"
    record = {"title": "Quokkaline referral guide", "status": "published", "type": "guidance"}
    source.write_text(json.dumps(record) + "\n")
    assert import_file(source).created == 1
    _one_revision_and_found("Quokkaline referral guide", "quokkaline")


def test_a_csv_import(tmp_path):
    source = tmp_path / "rows.csv"
    source.write_text("title,status,type\nWombatory shelter standards,published,guidance\n")
    assert import_file(source).created == 1
    _one_revision_and_found("Wombatory shelter standards", "wombatory")


BIBTEX = """@techreport{numbat2021,
  title = {Numbatic supply chain audits},
  year = {2021},
  institution = {Home Office}
}
"""


def test_a_bibtex_import(tmp_path):
    source = tmp_path / "refs.bib"
    source.write_text(BIBTEX)
    report = formats.import_path(source, "bibtex", default_status=Resource.Status.PUBLISHED)
    assert report.created == 1, report.as_dict()
    _one_revision_and_found("Numbatic supply chain audits", "numbatic")


def test_a_rerun_of_the_same_import_adds_no_revision(tmp_path):
    source = tmp_path / "rows.jsonl"
    source.write_text(json.dumps({"slug": "bilby-guide", "title": "Bilbyish guide", "status": "published"}) + "\n")
    import_file(source)
    assert import_file(source).updated == 1
    _one_revision_and_found("Bilbyish guide", "bilbyish")


def test_the_admin(admin_client):
    response = admin_client.post(
        reverse("admin:catalog_resource_add"), admin_resource_form(title="Potoroid hotel guidance")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    _one_revision_and_found("Potoroid hotel guidance", "potoroid")


def test_a_restore_of_an_earlier_revision_is_one_more_revision_and_searchable(tmp_path):
    source = tmp_path / "rows.jsonl"
    source.write_text(json.dumps({"slug": "dunnart", "title": "Dunnartic toolkit", "status": "published"}) + "\n")
    import_file(source)
    resource = Resource.objects.get(slug="dunnart")
    source.write_text(json.dumps({"slug": "dunnart", "title": "Renamed toolkit"}) + "\n")
    import_file(source)
    history.restore(resource.revisions.order_by("number").first())
    assert resource.revisions.count() == 3  # import, re-import, restore: one each
    assert [hit.resource.slug for hit in search("dunnartic").hits] == ["dunnart"]


def test_a_merge_is_one_revision_of_each_resource_and_the_kept_one_is_found_by_the_others_words():
    kept = make_resource("Kept guidance", status="published", topics=["referral"])
    other = make_resource("Other guidance", status="published", topics=["shelter"])
    kept_before, other_before = kept.revisions.count(), other.revisions.count()
    merge.merge(kept, other, take_from_merged=["title"])
    assert kept.revisions.count() == kept_before + 1
    assert other.revisions.count() == other_before + 1
    assert [hit.resource.pk for hit in search("other guidance").hits] == [kept.pk]


def test_an_ingested_document(settings, tmp_path):
    settings.LANTERN_INGEST_AUTO_PUBLISH = True
    path = support.make(support.reports()[0], tmp_path)
    with contextlib.suppress(SystemExit):
        call_command("ingest", str(path), "--wait", "--json", "--no-progress", stdout=io.StringIO())
    resource = Resource.objects.get()
    assert resource.status == Resource.Status.PUBLISHED
    assert resource.revisions.count() == 1
    word = max(resource.title.split(), key=len)
    assert resource.pk in [hit.resource.pk for hit in search(word).hits]
