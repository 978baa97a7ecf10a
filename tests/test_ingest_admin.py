"""The admin: upload files or paste URLs; jobs and suggestions visible; accepting a suggestion applies it."""

from __future__ import annotations

import ingest_support as support
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantern.ingest.models import IngestJob, Suggestion

IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}


@pytest.fixture(autouse=True)
def _immediate(settings):
    settings.TASKS = IMMEDIATE


@pytest.mark.django_db
def test_upload_files_and_paste_urls(admin_client, tmp_path):
    pdf = support.make_pdf(
        support.Report("r.pdf", "Forced Labour in UK Agriculture", "Unseen", "March 2018", 2018), tmp_path
    )
    upload = SimpleUploadedFile("r.pdf", pdf.read_bytes(), content_type="application/pdf")
    url = reverse("admin:ingest_ingestjob_upload")
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"files": [upload], "urls": "ftp://example.org/x\n"})
    assert response.status_code == 200 and "Not an http(s) address" in response.content.decode()
    upload.seek(0)
    response = admin_client.post(url, {"files": [upload], "urls": ""})
    assert response.status_code == 302
    job = IngestJob.objects.get()
    assert job.status == IngestJob.Status.DONE and job.resource.title == "Forced Labour in UK Agriculture"
    listing = admin_client.get(reverse("admin:ingest_ingestjob_changelist")).content.decode()
    assert "Forced Labour in UK Agriculture" in listing
    assert admin_client.get(reverse("admin:ingest_ingestjob_change", args=[job.pk])).status_code == 200
    # accept a topic suggestion: it goes on the resource
    topic = Suggestion.objects.filter(resource=job.resource, field="topic").first()
    changelist = reverse("admin:ingest_suggestion_changelist")
    assert "Forced Labour" in admin_client.get(changelist).content.decode()
    admin_client.post(changelist, {"action": "accept", "_selected_action": [topic.pk]})
    assert job.resource.topics.filter(slug=topic.value).exists()
    topic.refresh_from_db()
    assert topic.status == Suggestion.Status.ACCEPTED


@pytest.mark.django_db
def test_an_empty_form_says_what_to_do(admin_client):
    response = admin_client.post(reverse("admin:ingest_ingestjob_upload"), {"urls": ""})
    assert "Choose files or paste URLs" in response.content.decode()


def test_visitors_cannot_upload(client, db):
    response = client.get(reverse("admin:ingest_ingestjob_upload"))
    assert response.status_code == 302 and "/login/" in response["Location"]
