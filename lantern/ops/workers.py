"""Workers' heartbeats: how ``/healthz`` tells a running worker (idle or busy) from none at all.

A ``lantern worker`` calls ``Heartbeat.beat()`` on every turn of its loop; it writes at most once
every ``BEAT_SECONDS`` (one small write, whichever database). A long job keeps the loop from
turning, so the health check also counts a running ingestion job's own heartbeat as a sign of life.
"""

from __future__ import annotations

import contextlib
import time
from datetime import timedelta

from django.db import DatabaseError
from django.utils import timezone

from lantern.ops.models import WorkerBeat

BEAT_SECONDS = 30
# A worker not heard from for this long is taken for gone (two beats missed, and some slack).
ALIVE_SECONDS = 3 * BEAT_SECONDS
# Rows of workers that died without a word are deleted after this long.
FORGET_AFTER = timedelta(days=1)


class Heartbeat:
    """One worker's heartbeat: ``beat()`` as often as you like, ``stop()`` when it ends."""

    def __init__(self, worker: str) -> None:
        self.worker = worker[:64]
        self.started_at = timezone.now()
        self._next = 0.0

    def beat(self) -> None:
        if time.monotonic() < self._next:
            return
        now = timezone.now()
        try:
            WorkerBeat.objects.update_or_create(
                worker=self.worker, defaults={"seen_at": now}, create_defaults={"seen_at": now, "started_at": now}
            )
            WorkerBeat.objects.filter(seen_at__lt=now - FORGET_AFTER).delete()
        except DatabaseError:  # a busy database: the next turn tries again
            return
        self._next = time.monotonic() + BEAT_SECONDS

    def stop(self) -> None:
        with contextlib.suppress(DatabaseError):  # it is forgotten after FORGET_AFTER anyway
            WorkerBeat.objects.filter(worker=self.worker).delete()


def alive(now=None) -> tuple[int, object]:
    """(workers heard from within ``ALIVE_SECONDS``, when any worker was last heard from or None)."""
    now = now or timezone.now()
    rows = WorkerBeat.objects.order_by("-seen_at").values_list("seen_at", flat=True)
    last = rows.first()
    return rows.filter(seen_at__gte=now - timedelta(seconds=ALIVE_SECONDS)).count(), last
