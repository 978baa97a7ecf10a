"""On SQLite, a save made while a bulk import writes waits for one of the import's batches, not
for the import (``lantern.lib.sqlite_backend``)."""

from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import OperationalError
from django.db.utils import ConnectionHandler

BATCH_SECONDS = 0.3  # the bulk writer's transactions, as long as an import's
GAP_SECONDS = 0.003  # and the moment it lets go of the lock between two of them


def lantern_connection(path, timeout: float):
    """A connection as Lantern's settings make them for SQLite."""
    handler = ConnectionHandler(
        {
            "default": {
                "ENGINE": "lantern.lib.sqlite_backend",
                "NAME": str(path),
                "OPTIONS": {"timeout": timeout, "transaction_mode": "IMMEDIATE"},
            }
        }
    )
    return handler["default"]


class BulkWriter(threading.Thread):
    """Commits short batches one after the other, as ``lantern import`` does, until stopped."""

    def __init__(self, path, gap: float = GAP_SECONDS):
        super().__init__(daemon=True)
        self.path, self.gap = path, gap
        self.batches = 0
        self.stop = threading.Event()

    def run(self) -> None:
        db = sqlite3.connect(self.path, isolation_level=None)
        while not self.stop.is_set() and self.batches < 1000:
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT INTO notes VALUES ('imported')")
            time.sleep(BATCH_SECONDS)
            db.execute("COMMIT")
            self.batches += 1
            time.sleep(self.gap)
        db.close()

    def started(self) -> BulkWriter:
        self.start()
        while self.batches < 2:
            time.sleep(0.01)
        return self


@pytest.fixture
def database(tmp_path, django_db_blocker):
    """A database file of its own (not the test database), as a hub's on disk."""
    path = tmp_path / "hub.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE notes (text TEXT)")
    db.close()
    with django_db_blocker.unblock():
        yield path


def in_a_thread(function):
    """Run a test's connection in a thread of its own, as a web request's: the browser tests leave
    an event loop in this one, where Django opens no connection."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(function).result()


def test_a_save_during_a_bulk_import_gets_the_lock_at_the_imports_next_commit(database):
    in_a_thread(lambda: saves_during_an_import(database))


def saves_during_an_import(database) -> None:
    writer = BulkWriter(database).started()
    connection = lantern_connection(database, timeout=20)
    try:
        waited = []
        for statement in ("single", "transaction") * 4:
            before = writer.batches
            with connection.cursor() as cursor:
                if statement == "single":  # a statement on its own: a rate-limit count, an update
                    cursor.execute("INSERT INTO notes VALUES (%s)", ["curator's save"])
                else:  # a transaction, as every save is
                    cursor.execute("BEGIN IMMEDIATE")
                    cursor.execute("INSERT INTO notes VALUES (%s)", ["curator's save"])
                    cursor.execute("COMMIT")
            waited.append(writer.batches - before)
        assert writer.is_alive()  # the import went on writing all along
    finally:
        writer.stop.set()
        writer.join()
        connection.close()
    # Each save went in at the import's next commit (or the one after), not after many batches.
    assert max(waited) <= 2, waited


def test_a_lock_held_past_the_timeout_is_a_clear_error_and_nothing_is_written(database):
    in_a_thread(lambda: save_after_the_timeout(database))


def save_after_the_timeout(database) -> None:
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    connection = lantern_connection(database, timeout=0.2)
    try:
        with pytest.raises(OperationalError, match="database is locked"), connection.cursor() as cursor:
            cursor.execute("INSERT INTO notes VALUES (%s)", ["too late"])
        holder.execute("COMMIT")
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO notes VALUES (%s)", ["in time"])
            cursor.execute("SELECT text FROM notes")
            assert [row[0] for row in cursor.fetchall()] == ["in time"]
    finally:
        holder.close()
        connection.close()
