"""Real documents of the field (Home Office, shared corpus): title, publisher, year and pages right."""

from __future__ import annotations

import json

import pytest
from conftest import REPO
from django.core.management import call_command

from lantern.ingest.models import IngestJob

CORPUS = REPO.parent / "shared" / "corpus" / "home-office"
IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (CORPUS / "truth.jsonl").exists(), reason="the shared corpus is not here"),
]


def truth() -> list[dict]:
    return [json.loads(line) for line in (CORPUS / "truth.jsonl").read_text().splitlines() if line.strip()]


def test_home_office_documents(settings):
    settings.TASKS = IMMEDIATE
    expected = truth()
    call_command("ingest", *(str(CORPUS / t["file"]) for t in expected), "--wait", "--no-progress")
    for item in expected:
        job = IngestJob.objects.get(path=str(CORPUS / item["file"]))
        assert job.status == IngestJob.Status.DONE, (item["file"], job.error)
        resource = job.resource
        assert resource.title == item["title"], item["file"]
        assert [o.name for o in resource.ordered_publishers()] == [item["publisher"]], item["file"]
        assert resource.year == item["year"], item["file"]
        assert resource.attachments.get().page_count == item["pages"], item["file"]
        assert list(resource.languages.values_list("code", flat=True)) == [item["language"]]
        if item.get("metadata_title_trap"):
            assert resource.title != item["metadata_title_trap"]
