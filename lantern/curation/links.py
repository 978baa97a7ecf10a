"""Checking the links a catalogue depends on: source pages and files held elsewhere.

Each check goes through lantern.lib.netguard, which follows redirects hop by hop (each address
checked again: no SSRF), with time-outs and a few retries for transient failures, and keeps a
history; a failure is named as what it is (refused, unknown host, TLS, time-out). A link is
*broken since* the first failure of its current run of failures; curators see that date,
visitors are offered the archived copy of the document when the hub holds one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import close_old_connections
from django.db.models import Max
from django.utils import timezone

from lantern.catalog.models import Resource
from lantern.curation.models import LinkCheck
from lantern.lib import netguard
from lantern.lib.netguard import NetError

HEAD_REFUSED = {403, 405, 501}  # some servers refuse HEAD but answer GET


@dataclass
class Outcome:
    ok: bool
    status_code: int | None
    error: str
    final_url: str
    attempts: int


def check_url(
    url: str, timeout: float | None = None, retries: int | None = None, max_redirects: int | None = None
) -> Outcome:
    timeout = timeout or settings.LANTERN_LINKS_TIMEOUT
    retries = settings.LANTERN_LINKS_RETRIES if retries is None else retries
    max_redirects = settings.LANTERN_INGEST_MAX_REDIRECTS if max_redirects is None else max_redirects
    attempt = 0
    while True:
        attempt += 1
        try:
            status, final = _follow(url, timeout, max_redirects)
        except NetError as exc:
            if exc.transient and attempt <= retries:
                time.sleep(min(8.0, 0.5 * 2 ** (attempt - 1)))
                continue
            return Outcome(False, None, str(exc)[:300], "", attempt)
        if (status == 429 or status >= 500) and attempt <= retries:
            time.sleep(min(8.0, 0.5 * 2 ** (attempt - 1)))
            continue
        ok = status < 400
        return Outcome(ok, status, "" if ok else f"HTTP {status}", final, attempt)


def _follow(url: str, timeout: float, max_redirects: int) -> tuple[int, str]:
    """The final status and address; only status and headers are read, never the body."""
    status, final = _request("HEAD", url, timeout, max_redirects)
    if status in HEAD_REFUSED:
        status, final = _request("GET", url, timeout, max_redirects)
    return status, final


def _request(method: str, url: str, timeout: float, max_redirects: int) -> tuple[int, str]:
    headers = {"Range": "bytes=0-0"} if method == "GET" else {}
    with netguard.follow(method, url, timeout=timeout, max_redirects=max_redirects, headers=headers) as answer:
        return answer.status, answer.url


# --- the catalogue's links ----------------------------------------------------------------------
def links_of(resource: Resource) -> list[tuple[str, str]]:
    links = [(LinkCheck.Kind.SOURCE, resource.source_url)] if resource.source_url else []
    links += [(LinkCheck.Kind.FILE, a.url) for a in resource.attachments.all() if a.url]
    return links


def due(queryset=None, older_than: timedelta | None = None) -> list[tuple[Resource, str, str]]:
    """The links to check: every link of every resource not withdrawn, or only those not checked lately."""
    queryset = queryset if queryset is not None else Resource.objects.exclude(status=Resource.Status.WITHDRAWN)
    last: dict[tuple[int, str], datetime] = {}
    if older_than is not None:  # the latest check of each link, counted by the database
        rows = LinkCheck.objects.order_by().values_list("resource_id", "url").annotate(latest=Max("checked_at"))
        last = {(rid, url): when for rid, url, when in rows}
    cutoff = timezone.now() - older_than if older_than else None
    work = []
    for resource in queryset.prefetch_related("attachments"):
        for kind, url in links_of(resource):
            if cutoff is None or last.get((resource.id, url), cutoff - timedelta(seconds=1)) < cutoff:
                work.append((resource, kind, url))
    return work


def check_all(
    work: list[tuple[Resource, str, str]],
    concurrency: int | None = None,
    progress: Callable[[LinkCheck], None] | None = None,
) -> list[LinkCheck]:
    """Check links with at most ``concurrency`` requests at a time; record each result."""
    concurrency = max(1, min(32, concurrency or settings.LANTERN_LINKS_CONCURRENCY))

    def one(item):
        resource, kind, url = item
        try:
            outcome = check_url(url)
        finally:
            close_old_connections()
        return resource, kind, url, outcome

    results = []
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for resource, kind, url, outcome in pool.map(one, work):
            check = LinkCheck.objects.create(
                resource=resource,
                url=url,
                kind=kind,
                ok=outcome.ok,
                status_code=outcome.status_code,
                error=outcome.error,
                final_url=outcome.final_url[:1000],
                attempts=outcome.attempts,
            )
            results.append(check)
            if progress:
                progress(check)
    return results


def broken_since(resource: Resource, url: str | None = None) -> datetime | None:
    """When the link (default: the source link) started failing, if its latest check failed."""
    url = url or resource.source_url
    if not url:
        return None
    since = None
    for check in LinkCheck.objects.filter(resource=resource, url=url).order_by("-checked_at").only("ok", "checked_at"):
        if check.ok:
            break
        since = check.checked_at
    return since


def archived_copy(resource: Resource):
    """The hub's own stored copy of the document, to offer when the source link is broken."""
    return resource.attachments.exclude(file="").order_by("position", "id").first()
