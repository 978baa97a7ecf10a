"""Django's SQLite backend, with a wait for the write lock that a bulk writer cannot starve.

SQLite lets one connection write at a time; one that finds the lock taken waits. SQLite's own
wait (``busy_timeout``) sleeps longer and longer, up to 100 ms between tries: against an import
that commits a batch every 0.3 s and starts the next one a few milliseconds later, a curator's
save (or an API request counting its rate limit) kept missing the gap and waited through batch
after batch (measured: up to 1.8 s). Here whatever takes the write lock outside a transaction (a
transaction's ``BEGIN IMMEDIATE``, or a single ``INSERT``/``UPDATE``/``DELETE``) tries again every
few milliseconds instead, so it gets the lock at the writer's next commit: the wait is at most
one batch. A statement that finds the lock taken fails before it writes anything, so trying it
again is safe. Reads never wait (WAL), and statements inside a transaction already hold the lock.
"""

from __future__ import annotations

import sqlite3
import time

from django.db.backends.sqlite3 import base

POLL_SECONDS = 0.002
TAKES_WRITE_LOCK = ("BEGIN", "INSERT", "UPDATE", "DELETE", "REPLACE")


class PatientCursor(base.SQLiteCursorWrapper):
    patience = 5.0  # seconds; the ``timeout`` option

    def execute(self, query, params=None):
        raw = self.connection
        if raw.in_transaction or not query.lstrip()[:7].upper().startswith(TAKES_WRITE_LOCK):
            return super().execute(query, params)
        deadline = time.monotonic() + self.patience
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    return super().execute(query, params)
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() >= deadline:
                        raise
                time.sleep(POLL_SECONDS)
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(self.patience * 1000)}")


class DatabaseWrapper(base.DatabaseWrapper):
    def create_cursor(self, name=None):
        cursor = self.connection.cursor(factory=PatientCursor)
        cursor.patience = float(self.settings_dict["OPTIONS"].get("timeout", 5))
        return cursor
