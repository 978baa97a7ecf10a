"""Engines. ``get_backend()`` is the one serving searches; ``database_backend()`` the SQL
engine of the database in use, whose tables are kept in step either way."""

from __future__ import annotations

from django.db import connection

from lantern.search.backends.base import Backend


def database_backend() -> Backend:
    if connection.vendor == "postgresql":
        from lantern.search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from lantern.search.backends.sqlite import SQLiteBackend

    return SQLiteBackend()


def get_backend() -> Backend:
    from lantern.search import engine

    if engine.enabled():
        return engine.TantivyBackend()
    return database_backend()
