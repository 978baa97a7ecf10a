"""Background work of the search app, for the worker (django-tasks)."""

from __future__ import annotations

from django_tasks import task

from lantern.search import index


@task(queue_name="default")
def embed_passages() -> int:
    """Compute the vectors of passages that have none (enqueue after ``index.schedule``)."""
    return index.embed_pending()
