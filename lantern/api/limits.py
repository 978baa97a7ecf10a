"""Rate limits counted in the database, so that every web process on one database shares them.

Why the database and not Django's cache: the cache Lantern configures is per process (a hub
needs no cache server), so a limit kept there lets each of N web processes allow the full count,
N times over. Every process already shares the database, and one statement counts atomically on
SQLite and PostgreSQL alike::

    INSERT … VALUES (bucket, window, 1) ON CONFLICT (bucket, window) DO UPDATE SET count = count + 1
    RETURNING count

Each request under a limit is one small write (on SQLite a write waits for the write lock, like
any other). A row names a *keyed hash* of the limit and the client (an HMAC with the secret key),
never an address or a token, and is deleted once its window has passed: the table holds at most
the last window's clients, as hashes nobody can reverse without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, connection

from lantern.lib.sql import table

log = logging.getLogger(__name__)

# Each process deletes passed windows at most this often (every process does, so the table stays
# small whichever processes are serving).
PURGE_EVERY = 60
_next_purge = 0.0


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    count: int
    retry_after: int  # seconds until the window ends


def bucket(scope: str, who: str) -> str:
    """The keyed hash a client is counted under: the secret key, the limit's name, the client."""
    message = f"{scope}\x00{who}".encode("utf-8", "replace")
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:40]


def hit(scope: str, who: str, limit: int, seconds: int, now: float | None = None) -> Verdict:
    """Count one request of ``who`` under the limit ``scope`` (``limit`` a window of ``seconds``).

    Allowed while the count in the current window is at most ``limit``. If the count cannot be
    written (the database is locked for too long), the request is allowed and the failure logged:
    a limit is a brake, and a hub whose database fails says so in other ways.
    """
    from lantern.api.models import RateCount

    now = time.time() if now is None else now
    start = int(now // seconds) * seconds
    ends = start + seconds
    _purge(now)
    rates = table(RateCount)
    sql = (
        f"INSERT INTO {rates} (bucket, window_start, ends, count) VALUES (%s, %s, %s, 1) "  # noqa: S608 - a model's table
        f"ON CONFLICT (bucket, window_start) DO UPDATE SET count = {rates}.count + 1 RETURNING count"
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, [bucket(scope, who), start, ends])
            count = cursor.fetchone()[0]
    except DatabaseError:
        log.warning("rate limit %s could not be counted; request allowed", scope, exc_info=True)
        return Verdict(True, 0, ends - int(now))
    return Verdict(count <= limit, count, max(0, ends - int(now)))


def _purge(now: float) -> None:
    """Delete the rows of windows that have passed (at most once a ``PURGE_EVERY`` per process)."""
    global _next_purge
    if now < _next_purge:
        return
    _next_purge = now + PURGE_EVERY
    from lantern.api.models import RateCount

    try:
        RateCount.objects.filter(ends__lte=int(now)).delete()
    except DatabaseError:
        log.warning("passed rate-limit windows could not be deleted", exc_info=True)
