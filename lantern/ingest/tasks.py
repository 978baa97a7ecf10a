"""Background tasks of ingestion (Django's tasks framework; the backend is a setting)."""

from __future__ import annotations

from django_tasks import task


@task(queue_name="ingest")
def ingest_job(job_id: int) -> str:
    """Run one ingestion job; a job already taken or finished is left alone (so re-delivery is harmless)."""
    from lantern.ingest import jobs

    job = jobs.run(job_id)
    return job.status if job else "missing"
