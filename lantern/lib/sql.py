"""Pieces of the plain SQL that hot paths write by hand (where the ORM costs more than the query):
table names from the models, quoted for the database in use, and bound-value placeholders."""

from __future__ import annotations

from django.db import connection


def table(model) -> str:
    """The model's table name, quoted for the current database."""
    return connection.ops.quote_name(model._meta.db_table)


def placeholders(count: int) -> str:
    """``%s, %s, …``: ``count`` bound values, as in ``IN (…)``."""
    return ", ".join(["%s"] * count)


def insert(model, fields: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples of ``fields``' values, foreign keys as ids) into ``model``'s table
    in one ``executemany``: for link rows written in bulk, where building a model instance for
    each costs more than the insert. No ``save()``, no signals, no defaults: give every column."""
    if not rows:
        return
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(name).column) for name in fields)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table(model)} ({columns}) VALUES ({placeholders(len(fields))})",  # noqa: S608 - model tables
            rows,
        )
