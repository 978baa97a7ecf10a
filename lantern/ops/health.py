"""``/healthz``: can this process serve the hub? For load balancers, container runtimes and monitors.

``200`` when the database answers and the search index can be read; ``503`` otherwise. The
background queue is reported but never makes the answer 503: a backlog or a stopped worker does
not stop the site from serving pages, and a load balancer would otherwise take every web process
out at once. Monitors alert on ``queue.oldest_waiting_seconds`` instead.

It answers before any other middleware: whatever the Host header (a probe asks for
``http://127.0.0.1:8000/healthz``, not for the public name) and over plain HTTP (no redirect to
HTTPS). It sets no cookie and says nothing secret: errors are named, their details logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone

log = logging.getLogger(__name__)

PATH = "/healthz"


def _database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True, "vendor": connection.vendor}


def _search() -> dict:
    from lantern.search import engine

    if engine.enabled():
        documents, passages = engine.counts()
        return {"ok": True, "engine": "tantivy", "documents": documents, "passages": passages}
    from lantern.lib.query import parse
    from lantern.search.backends import database_backend

    sql, params = database_backend().match_sql(parse("lantern"))
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} LIMIT 1", params)  # noqa: S608 - the engine's own SQL, a fixed word
        cursor.fetchall()
    return {"ok": True, "engine": connection.vendor}


def _seconds_since(moment) -> int | None:
    return None if moment is None else max(0, int((timezone.now() - moment).total_seconds()))


def _queue() -> dict:
    """Work waiting for a worker: ingestion jobs (documents) and the task queue the workers read
    (each job's task, and others such as passage vectors), and how long the oldest has waited."""
    from django.db.models import Min

    from lantern.ingest.models import IngestJob

    now = timezone.now()
    waiting_jobs = IngestJob.objects.filter(
        status__in=[IngestJob.Status.QUEUED, IngestJob.Status.RETRYING], run_after__lte=now
    )
    oldest = waiting_jobs.aggregate(oldest=Min("run_after"))["oldest"]
    found = {
        "ok": True,
        "jobs_waiting": waiting_jobs.count(),
        "jobs_running": IngestJob.objects.filter(status=IngestJob.Status.RUNNING).count(),
        "tasks_waiting": None,
    }
    tasks = _tasks_waiting()
    if tasks is not None:
        found["tasks_waiting"] = tasks[0]
        oldest = min(filter(None, [oldest, tasks[1]]), default=None)
    found["oldest_waiting_seconds"] = _seconds_since(oldest)
    return found


def _tasks_waiting():
    """(count, oldest) of tasks ready to run in the database queue; None when tasks run at once."""
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
    from django_tasks_db.backend import DatabaseBackend

    if not isinstance(task_backends[DEFAULT_TASK_BACKEND_ALIAS], DatabaseBackend):
        return None
    from django.db.models import Min
    from django_tasks_db.models import DBTaskResult

    ready = DBTaskResult.objects.ready()
    return ready.count(), ready.aggregate(oldest=Min("enqueued_at"))["oldest"]


CHECKS: dict[str, Callable[[], dict]] = {"database": _database, "search": _search, "queue": _queue}
# A failing queue check (its tables unreadable) is already a failing database.
SERIOUS = ("database", "search")


def report() -> tuple[bool, dict]:
    """(healthy, the JSON body): each check's findings, or ``{"ok": false, "error": …}``."""
    started = time.monotonic()
    checks = {}
    for name, check in CHECKS.items():
        try:
            checks[name] = check()
        except Exception:
            log.exception("health check %s failed", name)
            checks[name] = {"ok": False, "error": f"the {name} check failed (see the server's log)"}
    healthy = all(checks[name]["ok"] for name in SERIOUS)
    body = {"status": "ok" if healthy else "error", "checks": checks}
    body["milliseconds"] = round((time.monotonic() - started) * 1000, 1)
    return healthy, body


class HealthMiddleware:
    """Answers ``/healthz`` first of all (see the module's docstring); every other path goes on."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info != PATH:
            return self.get_response(request)
        if request.method not in {"GET", "HEAD"}:
            response = JsonResponse({"status": "error", "error": "use GET"}, status=405)
            response["Allow"] = "GET, HEAD"
        else:
            healthy, body = report()
            response = JsonResponse(body, status=200 if healthy else 503)
        response["Cache-Control"] = "no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response
