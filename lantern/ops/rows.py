"""Every row of the database as JSON lines, and back: the logical form of a backup (PostgreSQL, or
SQLite with ``--logical``), read and loaded in the schema the migrations left."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal

from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.utils.duration import duration_iso_string

from lantern.ops.archive import (
    BATCH,
    BackupError,
    Progress,
    quiet,
)


# --- the database's schema, as migrations left it ------------------------------------------------
def _applied() -> list[tuple[str, str]]:
    return sorted(MigrationRecorder(connection).applied_migrations())


def leaves(executor: MigrationExecutor, applied: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The last applied migration of each app: migrating an empty database to these rebuilds the schema."""
    graph, done = executor.loader.graph, set(applied)
    unknown = sorted(done - set(graph.nodes))
    if unknown:
        raise BackupError(
            f"the backup was made by a newer Lantern (it has migration {unknown[0][0]}.{unknown[0][1]}, "
            "which this one does not know): upgrade Lantern, then restore"
        )
    return [
        node for node in sorted(done) if not any(c in done and c[0] == node[0] for c in graph.node_map[node].children)
    ]


def models_at(leaves: list[tuple[str, str]]) -> list:
    """The models as they were at ``leaves`` (historical models: their own fields, no signals)."""
    executor = MigrationExecutor(connection)
    apps = executor.loader.project_state(leaves, at_end=True).apps
    models = [m for m in apps.get_models(include_auto_created=True) if m._meta.managed and not m._meta.proxy]
    for model in models:
        for f in model._meta.concrete_fields:
            # Rows keep the dates they were saved with, not the moment they are loaded.
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                f.auto_now = f.auto_now_add = False
    return sorted(models, key=lambda m: m._meta.label_lower)


# --- rows as JSON lines ---------------------------------------------------------------------------
def _encode(value):
    if value is None or isinstance(value, bool | int | float | str | dict | list):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dt.timedelta):
        return duration_iso_string(value)
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    raise BackupError(f"cannot write a value of type {type(value).__name__} to a backup")


def _dump_model(model, out: io.TextIOBase) -> int:
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    pk = model._meta.pk
    names = [pk.attname, *(f.attname for f in fields)]
    label = model._meta.label_lower
    count = 0
    rows = model._base_manager.using(connection.alias).order_by(pk.attname).values_list(*names)
    for row in rows.iterator(chunk_size=2000):
        record = {f.name: _encode(value) for f, value in zip(fields, row[1:], strict=True)}
        out.write(json.dumps({"model": label, "pk": _encode(row[0]), "fields": record}, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def dump_rows(out: io.TextIOBase, progress: Progress = quiet) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """Every row of the database to ``out``, from one consistent snapshot; (migrations, rows per table)."""
    connection.ensure_connection()
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        applied = _applied()
        models = models_at(leaves(MigrationExecutor(connection), applied))
        counts = {}
        for n, model in enumerate(models, 1):
            counts[model._meta.db_table] = _dump_model(model, out)
            progress("tables", n, len(models))
    return applied, counts


def _decoders(model) -> dict[str, tuple[str, Callable]]:
    """Field name → (attribute, value from JSON): a relation's value is its target's key."""
    decoders = {}
    for f in model._meta.concrete_fields:
        target = f.target_field if f.is_relation else f
        decoders[f.name] = (f.attname, target.to_python)
    return decoders


def load_rows(lines: Iterator[str], models: list, progress: Progress = quiet) -> dict[str, int]:
    """Insert the rows of ``dump_rows`` into empty tables of the same schema; rows per table."""
    by_label = {m._meta.label_lower: m for m in models}
    decoders = {label: _decoders(m) for label, m in by_label.items()}
    counts: dict[str, int] = {}
    batch: list = []

    def flush() -> None:
        if batch:
            type(batch[0])._base_manager.using(connection.alias).bulk_create(batch, batch_size=BATCH)
            table = batch[0]._meta.db_table
            counts[table] = counts.get(table, 0) + len(batch)
            batch.clear()
            progress("rows", sum(counts.values()), None)

    for number, line in enumerate(lines, 1):
        record = json.loads(line)
        model = by_label.get(record["model"])
        if model is None:
            raise BackupError(f"line {number} of the database dump is of an unknown table {record['model']!r}")
        data = {model._meta.pk.attname: None if record["pk"] is None else model._meta.pk.to_python(record["pk"])}
        for name, value in record["fields"].items():
            if name not in decoders[record["model"]]:
                raise BackupError(f"line {number} of the database dump names an unknown column {name!r}")
            attname, decode = decoders[record["model"]][name]
            data[attname] = None if value is None else decode(value)
        if batch and type(batch[0]) is not model or len(batch) >= BATCH:
            flush()
        batch.append(model(**data))
    flush()
    return counts
