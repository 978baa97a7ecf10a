"""What a backup archive is: its format version, the names inside it, and the error a backup or
restore raises when it cannot go on."""

from __future__ import annotations

import gzip
import json
import tarfile
import zlib
from collections.abc import Callable

FORMAT = 1
ROOT = "lantern-backup"
MANIFEST = f"{ROOT}/manifest.json"
SECRET = f"{ROOT}/secret_key"
SQLITE_FILE = f"{ROOT}/database.sqlite3"
ROWS_FILE = f"{ROOT}/database.jsonl"
MEDIA = f"{ROOT}/media"
BATCH = 1000

Progress = Callable[[str, int, int | None], None]  # (what, done, total)


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


# What reading a truncated or corrupted archive raises (a bad gzip CRC is an OSError: first).
DAMAGED = (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile, UnicodeDecodeError, json.JSONDecodeError)


def quiet(_what: str, _done: int, _total: int | None) -> None:
    pass
