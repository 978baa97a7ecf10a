"""A hub in one archive, and back: ``lantern backup`` and ``lantern restore``.

The archive (``.tar.gz``, or ``.tar``) holds everything a hub is made of and nothing derived:

- ``manifest.json``: when, which Lantern, the database's migrations, rows per table, files;
- the database, taken while the site runs:
  - SQLite: ``database.sqlite3``, a copy made with SQLite's online backup API (one consistent
    snapshot; readers and the WAL writer carry on);
  - PostgreSQL (or SQLite with ``--logical``): ``database.jsonl``, every row of every table as
    Django's JSON-lines fixtures write them (full-precision dates), read in one REPEATABLE READ
    transaction. Why not ``pg_dump``: it must be at least as new as the server and
    ``pg_restore`` must be installed where the backup is restored (Debian 12's pg_dump 15 refuses
    a PostgreSQL 16 server), while a logical dump needs nothing but Lantern, restores into
    PostgreSQL or SQLite alike (the way from SQLite to PostgreSQL), and into a newer Lantern: rows
    are loaded into the schema they were read from, then the newer migrations run;
- ``secret_key``: the key sessions and signed forms were made with;
- ``media/``: every stored file (documents, uploads), added after the database snapshot, so
  every file the snapshot names is there.

The search index, vectors' approximate index and page cache are derived from the database and
rebuilt by ``restore``. The archive holds password hashes, API token hashes and the secret key:
it is written readable by its owner only; keep it as carefully as the server.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sqlite3
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

from lantern.ops.archive import (
    FORMAT,
    MANIFEST,
    MEDIA,
    ROWS_FILE,
    SECRET,
    SQLITE_FILE,
    BackupError,
    Progress,
    quiet,
)
from lantern.ops.rows import dump_rows


# --- backup ----------------------------------------------------------------------------------------
@dataclass
class Manifest:
    vendor: str
    method: str
    migrations: list[tuple[str, str]]
    tables: dict[str, int]
    files: int = 0
    bytes: int = 0
    sha256: str = ""  # of the database file or dump, as it is in the archive
    created_at: str = field(default_factory=lambda: timezone.now().isoformat())

    def as_dict(self) -> dict:
        from importlib.metadata import PackageNotFoundError, version

        try:
            lantern = version("lantern-hub")
        except PackageNotFoundError:
            lantern = "unknown"
        return {
            "format": FORMAT,
            "lantern": lantern,
            "created_at": self.created_at,
            "database": {"vendor": self.vendor, "method": self.method, "sha256": self.sha256},
            "migrations": [list(m) for m in self.migrations],
            "tables": self.tables,
            "media": {"files": self.files, "bytes": self.bytes},
        }


def _sqlite_snapshot(target: Path) -> Manifest:
    """SQLite's online backup API: a consistent copy, made while other processes read and write."""
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
        applied = sorted(tuple(row) for row in copy.execute("SELECT app, name FROM django_migrations"))
        rows = copy.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        schema = dict(rows.fetchall())
        # Full-text tables and their shadow tables follow their content tables (triggers): not counted.
        virtual = [name for name, sql in schema.items() if sql.upper().startswith("CREATE VIRTUAL")]
        tables = {
            name: copy.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608 - names from the schema
            for name in sorted(schema)
            if not any(name == v or name.startswith(f"{v}_") for v in virtual)
        }
    finally:
        copy.close()
    return Manifest("sqlite", "sqlite online backup", applied, tables)


def _media_files() -> list[tuple[Path, str]]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    found = []
    for directory, _dirs, names in os.walk(root):
        for name in sorted(names):
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink():
                found.append((path, path.relative_to(root).as_posix()))
    return sorted(found, key=lambda item: item[1])


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes, mode: int = 0o600) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = len(data), mode, int(time.time())
    archive.addfile(info, io.BytesIO(data))


def _open_output(destination: str) -> tuple[io.BufferedIOBase, Path | None]:
    """A file readable by its owner only, written beside the destination and renamed when complete."""
    if destination == "-":
        return os.fdopen(os.dup(1), "wb"), None
    path = Path(destination)
    if path.is_dir():
        path = path / f"lantern-backup-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
    partial = path.with_name(f".{path.name}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return os.fdopen(descriptor, "wb"), path


def _mode(destination: str) -> str:
    if destination == "-" or destination.endswith((".tar.gz", ".tgz")) or Path(destination).is_dir():
        return "w:gz"
    if destination.endswith(".tar"):
        return "w:"
    raise BackupError(f"{destination}: name the archive .tar.gz (compressed) or .tar, or give an existing directory")


@dataclass
class Written:
    path: Path | None
    manifest: dict
    seconds: float


def backup(destination: str, logical: bool = False, progress: Progress = quiet) -> Written:
    """Write the hub to ``destination`` (a file, a directory for a dated name, or ``-``)."""
    started = time.monotonic()
    mode = _mode(destination)
    if "django_migrations" not in connection.introspection.table_names():
        raise BackupError("the database is empty: there is nothing to back up")
    with tempfile.TemporaryDirectory(prefix="lantern-backup-") as work:
        if connection.vendor == "sqlite" and not logical:
            database, member = Path(work) / "database.sqlite3", SQLITE_FILE
            manifest = _sqlite_snapshot(database)
        else:
            database, member = Path(work) / "database.jsonl", ROWS_FILE
            with database.open("w", encoding="utf-8") as out:
                applied, tables = dump_rows(out, progress)
            manifest = Manifest(connection.vendor, "logical", applied, tables)
        with database.open("rb") as snapshot:
            manifest.sha256 = hashlib.file_digest(snapshot, "sha256").hexdigest()
        files = _media_files()
        manifest.files, manifest.bytes = len(files), sum(path.stat().st_size for path, _ in files)
        try:
            output, final = _open_output(destination)
        except OSError as exc:
            raise BackupError(f"cannot write {destination}: {exc.strerror}") from exc
        try:
            # Level 1: far less CPU than the default for slightly more bytes; the site runs on the same CPU.
            options = {"compresslevel": 1} if mode == "w:gz" else {}
            with output, tarfile.open(fileobj=output, mode=mode, **options) as archive:
                _add_bytes(archive, MANIFEST, json.dumps(manifest.as_dict(), indent=1).encode())
                _add_bytes(archive, SECRET, settings.SECRET_KEY.encode())
                archive.add(database, arcname=member)
                for n, (path, name) in enumerate(files, 1):
                    with contextlib.suppress(FileNotFoundError):  # deleted since the snapshot, which lacks it
                        archive.add(path, arcname=f"{MEDIA}/{name}", recursive=False)
                    progress("files", n, len(files))
        except BaseException as exc:
            if final is not None:
                final.with_name(f".{final.name}.partial").unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise BackupError(f"writing {destination} failed: {exc}") from exc
            raise
    if final is not None:
        os.replace(final.with_name(f".{final.name}.partial"), final)
    return Written(final, manifest.as_dict(), time.monotonic() - started)
