"""``/healthz``: can this process serve the hub? For load balancers, container runtimes and monitors.

``200`` when the database answers and the search index can be read; ``503`` otherwise. It also
reports the index's freshness (catalogue changes not yet in the embedded index, and the oldest's
age), the background queue (length, oldest waiting) and the workers' heartbeats; these never make
the answer 503: a backlog or a stopped worker does not stop the site from serving pages, and a
load balancer would otherwise take every web process out at once. Monitors alert on
``queue.oldest_waiting_seconds``, ``workers.alive`` and ``search.oldest_change_seconds`` instead.
The answer may be reused for five seconds (``Cache-Control: max-age=5``).

It answers before any other middleware but the access log: whatever the Host header (a probe asks for
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
        found = {"ok": True, "engine": "tantivy", "documents": documents, "passages": passages}
        return {**found, **_index_freshness()}
    from lantern.lib.query import parse
    from lantern.search.backends import database_backend

    sql, params = database_backend().match_sql(parse("lantern"))
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} LIMIT 1", params)  # noqa: S608 - the engine's own SQL, a fixed word
        cursor.fetchall()
    # The database's own index changes in the transaction that changes the catalogue: never behind.
    return {"ok": True, "engine": connection.vendor, "changes_waiting": 0, "oldest_change_seconds": None}


def _index_freshness() -> dict:
    """Catalogue changes not yet in this machine's embedded index, and how long the oldest has
    waited. The next search or write applies them; a growing age means no process manages to."""
    from django.db.models import Count, Min

    from lantern.search import engine
    from lantern.search.models import IndexQueue

    mine = IndexQueue.objects.filter(replica=engine.handle().replica)
    waiting = mine.aggregate(count=Count("id"), oldest=Min("created_at"))
    return {"changes_waiting": waiting["count"], "oldest_change_seconds": _seconds_since(waiting["oldest"])}


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


def _workers() -> dict:
    """Background workers heard from lately (``lantern.ops.workers``): a worker's own heartbeat,
    or the heartbeat of the ingestion job it is running (a long job keeps its loop from beating)."""
    from django.db.models import Max

    from lantern.ingest.models import IngestJob
    from lantern.ops import workers

    alive, last = workers.alive()
    running = IngestJob.objects.filter(status=IngestJob.Status.RUNNING)
    busy = running.aggregate(last=Max("heartbeat_at"))["last"]
    last = max(filter(None, [last, busy]), default=None)
    return {"ok": True, "alive": alive, "last_seen_seconds": _seconds_since(last)}


CHECKS: dict[str, Callable[[], dict]] = {
    "database": _database,
    "search": _search,
    "queue": _queue,
    "workers": _workers,
}
# A failing queue or workers check (their tables unreadable) is already a failing database.
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
        # Probes may come often, from several monitors and proxies: an answer may be reused for a
        # few seconds (it holds nothing private, and no cookie is ever set on it).
        response["Cache-Control"] = "max-age=5"
        response["X-Content-Type-Options"] = "nosniff"
        return response
