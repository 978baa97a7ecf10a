"""``lantern restore``: a backup archive (see ``lantern.ops.backup``) into an empty data directory
and database, every file and row checked against the manifest before it is put in place."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.management.color import no_style
from django.db import DatabaseError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from lantern.ops.archive import (
    DAMAGED,
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
from lantern.ops.rows import leaves, load_rows, models_at


# --- restore ---------------------------------------------------------------------------------------
@contextlib.contextmanager
def _open_archive(source: Path) -> Iterator[tarfile.TarFile]:
    try:
        archive = tarfile.open(source, mode="r:*")  # noqa: SIM115 - closed below
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"{source} cannot be read as a backup: {exc}") from exc
    with archive:
        yield archive


def _read_manifest(archive: tarfile.TarFile) -> dict:
    first = archive.next()
    if first is None or first.name != MANIFEST or not first.isfile():
        raise BackupError("this is not a Lantern backup (it does not start with lantern-backup/manifest.json)")
    try:
        manifest = json.loads(archive.extractfile(first).read())
    except ValueError as exc:
        raise BackupError(f"the backup's manifest is damaged: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"this backup has format {manifest.get('format')!r}; this Lantern reads format {FORMAT}")
    return manifest


def _sqlite_path() -> Path | None:
    if connection.vendor != "sqlite":
        return None
    return Path(settings.DATABASES["default"]["NAME"])


def what_is_there() -> list[str]:
    """What the configured database and data directory already hold (empty: nothing)."""
    held = []
    sqlite_file = _sqlite_path()
    if sqlite_file is None or sqlite_file.exists():
        tables = connection.introspection.table_names()
        if tables:
            held.append(f"a database with {len(tables)} tables")
    media = Path(settings.MEDIA_ROOT)
    if media.is_dir() and any(path.is_file() for path in media.rglob("*")):
        held.append(f"files in {media}")
    return held


def _wipe() -> None:
    """Everything restore replaces: the database's tables, the stored files."""
    sqlite_file = _sqlite_path()
    if sqlite_file is not None:
        connection.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{sqlite_file}{suffix}").unlink(missing_ok=True)
    else:
        with connection.cursor() as cursor:
            for table in connection.introspection.table_names(cursor):
                cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def _clear_derived() -> None:
    """The search index and cached pages are the old database's: rebuilt, never kept."""
    from lantern.search import engine

    for directory in (engine.index_dir(), Path(settings.CACHES["pages"]["LOCATION"])):
        shutil.rmtree(directory, ignore_errors=True)


def _media_target(member: tarfile.TarInfo, root: Path) -> Path | None:
    """Where a media member goes, or None for anything but a plain file or folder inside ``root``."""
    relative = PurePosixPath(member.name).relative_to(MEDIA)
    if relative.is_absolute() or ".." in relative.parts or not (member.isfile() or member.isdir()):
        return None
    target = root.joinpath(*relative.parts)
    return target if target.resolve().is_relative_to(root.resolve()) else None


def _chunks(archive: tarfile.TarFile, member: tarfile.TarInfo, digest=None) -> Iterator[bytes]:
    with archive.extractfile(member) as source:
        while chunk := source.read(1024 * 1024):
            if digest is not None:
                digest.update(chunk)
            yield chunk


def _extract_file(archive: tarfile.TarFile, member: tarfile.TarInfo, target: Path, mode: int = 0o644, digest=None):
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(descriptor, "wb") as out:
        for chunk in _chunks(archive, member, digest):
            out.write(chunk)
    os.utime(target, (member.mtime, member.mtime))


def _lines(chunks: Iterator[bytes]) -> Iterator[str]:
    pending = b""
    for chunk in chunks:
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            yield line.decode("utf-8")
    if pending:
        yield pending.decode("utf-8")


def _check_digest(digest, manifest: dict) -> None:
    """The database read from the archive is the one the backup wrote (a .tar has no checksum of its own)."""
    if digest.hexdigest() != manifest["database"]["sha256"]:
        raise BackupError("the backup's database is damaged: its SHA-256 is not the one the backup recorded")


def _prepare_logical(manifest: dict) -> list:
    """Migrate the empty database to the backup's schema and empty what the migrations wrote."""
    executor = MigrationExecutor(connection)
    targets = leaves(executor, [tuple(m) for m in manifest["migrations"]])
    executor.migrate(targets)
    models = models_at(targets)
    tables = [m._meta.db_table for m in models]
    with transaction.atomic(), connection.cursor() as cursor:
        for statement in connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=True):
            cursor.execute(statement)
    return models


def _load_logical(archive, member, manifest: dict, models: list, progress: Progress) -> dict:
    with transaction.atomic():
        digest = hashlib.sha256()
        counts = load_rows(_lines(_chunks(archive, member, digest)), models, progress)
        _check_digest(digest, manifest)  # before the rows are committed
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)
    return counts


def _place_sqlite(archive: tarfile.TarFile, member: tarfile.TarInfo, manifest: dict) -> None:
    sqlite_file = _sqlite_path()
    connection.close()
    sqlite_file.parent.mkdir(parents=True, exist_ok=True)
    partial = sqlite_file.with_name(f".{sqlite_file.name}.restoring")
    digest = hashlib.sha256()
    _extract_file(archive, member, partial, mode=0o600, digest=digest)
    try:
        _check_digest(digest, manifest)
    except BackupError:
        partial.unlink()
        raise
    os.replace(partial, sqlite_file)


def _counts_now(tables: list[str]) -> dict[str, int]:
    present = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        counts = {}
        for table in tables:
            if table in present:
                cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
                counts[table] = cursor.fetchone()[0]
    return counts


@dataclass
class Restored:
    manifest: dict
    files: int = 0
    missing_files: list[str] = field(default_factory=list)
    changed_files: list[str] = field(default_factory=list)
    secret_key_differs: bool = False
    indexed: tuple[int, int] | None = None  # (resources, passages) in the rebuilt tantivy index
    vectors: int = 0
    seconds: float = 0.0


def restore(source: Path, force: bool = False, progress: Progress = quiet) -> Restored:
    """Restore a backup into the configured (empty) database and data directory.

    Afterwards the database has every row of the backup, in the backup's schema, and the files and
    the secret key are in the data directory; ``complete`` then brings it to this Lantern.
    """
    started = time.monotonic()
    with _open_archive(source) as archive:
        try:
            manifest = _read_manifest(archive)
        except DAMAGED as exc:
            raise BackupError(f"{source} is damaged or incomplete ({exc})") from exc
        if manifest["database"]["method"] != "logical" and _sqlite_path() is None:
            raise BackupError(
                "this backup holds a SQLite database file, which PostgreSQL cannot take: on the SQLite hub, "
                "make one with `lantern backup --logical FILE` to move it to PostgreSQL"
            )
        held = what_is_there()
        if held and not force:
            raise BackupError(
                f"the target already holds {' and '.join(held)}: restore into a new data directory "
                "(LANTERN_DATA_DIR) and an empty database, or add --force to replace them"
            )
        half_made = " The database and data directory are now partly restored: restore again with --force."
        try:
            if held:
                _wipe()
            _clear_derived()
            result = Restored(manifest)
            media, models = Path(settings.MEDIA_ROOT), []
            for member in archive:
                result.files += _restore_member(archive, member, manifest, media, result, progress, models)
            while archive.fileobj.read(1024 * 1024):  # to the end of a .tar.gz: its checksum is read there
                pass
        except DAMAGED as exc:
            raise BackupError(f"{source} is damaged or incomplete ({exc}).{half_made}") from exc
        except (DatabaseError, OSError) as exc:
            raise BackupError(f"restoring failed: {exc}.{half_made}") from exc
    _check_rows(manifest, result)
    result.seconds = time.monotonic() - started
    return result


def complete(result: Restored, show_progress: bool = False, stream=None) -> None:
    """After ``restore``: this Lantern's migrations, the search engine's files, the stored files checked.

    The search tables (documents, passages and their vectors, SQLite's full-text tables, PostgreSQL's
    text vectors) came back with the database; only what lives outside it is rebuilt from them: the
    tantivy index and the vectors' approximate index. Passages the hub had not embedded yet are.
    """
    from django.core.management import call_command

    from lantern.search import engine, index, semantic

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    result.vectors = index.embed_now(show_progress, stream)
    if engine.enabled():
        result.indexed = engine.counts()  # opening the emptied index directory builds it
    if semantic.enabled():
        semantic.rebuild_ann()
    result.missing_files, result.changed_files = _check_files()
    result.seconds += time.monotonic() - started


def _restore_member(archive, member, manifest: dict, media: Path, result: Restored, progress, models: list) -> int:
    """Put one member of the archive in place; 1 when it was a stored file."""
    if member.name == SECRET:
        key = archive.extractfile(member).read().decode().strip()
        path = Path(settings.DATA_DIR) / "secret_key"
        path.parent.mkdir(parents=True, exist_ok=True)
        # A key given in the environment (production) is the one in use, whatever the file says.
        from_environment = not path.is_file() or path.read_text().strip() != settings.SECRET_KEY
        path.unlink(missing_ok=True)
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as out:
            out.write(key)
        result.secret_key_differs = from_environment and key != settings.SECRET_KEY
    elif member.name == SQLITE_FILE:
        _place_sqlite(archive, member, manifest)
    elif member.name == ROWS_FILE:
        models.extend(_prepare_logical(manifest))
        result.manifest = {**manifest, "loaded": _load_logical(archive, member, manifest, models, progress)}
    elif member.name.startswith(f"{MEDIA}/"):
        target = _media_target(member, media)
        if target is not None and member.isfile():
            _extract_file(archive, member, target)
            progress("files", result.files + 1, manifest["media"]["files"])
            return 1
    return 0


def _check_rows(manifest: dict, result: Restored) -> None:
    """Every table holds as many rows as the backup says (before newer migrations change them)."""
    expected = manifest["tables"]
    found = result.manifest.get("loaded") or _counts_now(list(expected))
    wrong = {t: (n, found.get(t, 0)) for t, n in expected.items() if found.get(t, 0) != n}
    if wrong:
        table, (want, got) = next(iter(wrong.items()))
        raise BackupError(f"the restored database differs from the backup: {table} has {got} rows, not {want}")


def _check_files() -> tuple[list[str], list[str]]:
    """Files the database names that are missing, and attachments whose SHA-256 differs."""
    from django.apps import apps
    from django.db.models import FileField

    root, missing, changed = Path(settings.MEDIA_ROOT), [], []
    for model in apps.get_models():
        for f in model._meta.concrete_fields:
            if not isinstance(f, FileField):
                continue
            names = model._base_manager.exclude(**{f.attname: ""}).values_list(f.attname, flat=True)
            missing.extend(name for name in names.iterator() if not (root / name).is_file())
    from lantern.catalog.models import Attachment

    for name, digest in Attachment.objects.exclude(file="").exclude(sha256="").values_list("file", "sha256"):
        path = root / name
        if path.is_file():
            with path.open("rb") as handle:
                if hashlib.file_digest(handle, "sha256").hexdigest() != digest:
                    changed.append(name)
    return missing, changed
