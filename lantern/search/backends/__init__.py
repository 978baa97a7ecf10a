"""The engine is chosen by the database in use."""

from __future__ import annotations

from django.db import connection

from lantern.search.backends.base import Backend


def get_backend() -> Backend:
    if connection.vendor == "postgresql":
        from lantern.search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from lantern.search.backends.sqlite import SQLiteBackend

    return SQLiteBackend()
