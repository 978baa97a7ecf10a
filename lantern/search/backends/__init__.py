"""Engines. ``get_backend()`` is the one serving searches (``LANTERN_SEARCH_ENGINE``);
``database_backend()`` the database's own full-text engine, whose tables are kept in step either way."""

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
    """A new engine handle for one search (it sees one state of the index throughout)."""
    from lantern.search import engine

    if engine.enabled():
        from lantern.search.backends.tantivy import TantivyBackend

        return TantivyBackend()
    return database_backend()
