"""What operations keep in the database: each background worker's last sign of life."""

from __future__ import annotations

from django.db import models


class WorkerBeat(models.Model):
    """A running ``lantern worker``: written every ``workers.BEAT_SECONDS`` while it runs (idle or
    not), deleted when it stops cleanly. ``/healthz`` reads it (``lantern.ops.health``)."""

    worker = models.CharField(max_length=64, primary_key=True)
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.worker} (seen {self.seen_at:%Y-%m-%d %H:%M:%S})"
