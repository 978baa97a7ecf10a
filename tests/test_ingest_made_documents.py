"""Documents made the way the field's publishers make them (scripts/make_documents.py wrote them:
Word files, the PDFs LibreOffice makes of them, designed two-column PDFs, scans), ingested on a hub
that holds only the shipped directory of organisations: title, publisher, year, language, type
and page count are what a curator records (tests/data/made/expected.json)."""

from __future__ import annotations

import json

import pytest
from conftest import REPO
from django.core.management import call_command

from lantern.catalog.models import Resource
from lantern.ingest.models import IngestJob, Suggestion

MADE = REPO / "tests" / "data" / "made"
EXPECTED = json.loads((MADE / "expected.json").read_text())
IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}
FIELDS = ("title", "publisher", "year", "language", "type", "pages")
pytestmark = pytest.mark.django_db


def recorded(resource: Resource) -> dict:
    return {
        "title": resource.title,
        "publisher": ", ".join(o.name for o in resource.ordered_publishers()),
        "year": resource.year,
        "language": ", ".join(resource.languages.values_list("code", flat=True)),
        "type": resource.type,
        "pages": resource.attachments.get().page_count,
    }


@pytest.mark.parametrize("item", EXPECTED, ids=[item["file"] for item in EXPECTED])
def test_made_document_is_recorded_as_a_curator_would(settings, item):
    settings.TASKS = IMMEDIATE
    assert not Resource.objects.exists()  # an empty hub: the directory's organisations only
    path = MADE / item["file"]
    call_command("ingest", str(path), "--wait", "--no-progress")
    job = IngestJob.objects.get(path=str(path))
    assert job.status == IngestJob.Status.DONE, job.error
    assert recorded(job.resource) == {name: item[name] for name in FIELDS}
    proposed = Suggestion.objects.filter(field=Suggestion.Field.PUBLISHER, label__endswith="(new organisation)")
    assert proposed.exists() == item["new_organisation"]


def test_the_documents_cover_what_publishers_make():
    """At least twenty, in the three languages, PDF and Word, with scans, forms and two columns."""
    assert len(EXPECTED) >= 20
    assert {item["language"] for item in EXPECTED} == {"en", "fr", "es"}
    assert {item["file"].rsplit(".", 1)[1] for item in EXPECTED} == {"pdf", "docx"}
    features = {feature.split(" (")[0] for item in EXPECTED for feature in item["features"]}
    assert {"scan", "form", "two columns", "table of contents", "logo", "new organisation"} <= features
    assert sum(item["new_organisation"] for item in EXPECTED) >= 3
    for item in EXPECTED:
        assert 1_000 < (MADE / item["file"]).stat().st_size < 300_000, item["file"]
