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
