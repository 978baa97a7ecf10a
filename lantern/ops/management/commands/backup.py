"""``lantern backup FILE``: the database, the stored files and the secret key in one archive."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from lantern.ops import backup
from lantern.ops.archive import BackupError


def summary(manifest: dict) -> str:
    """What a backup holds, in words: the tables a curator would miss first."""
    tables, media = manifest["tables"], manifest["media"]

    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    parts = [
        count(tables.get("catalog_resource", 0), "resource", "resources"),
        count(tables.get("catalog_page", 0), "page of text", "pages of text"),
        count(tables.get("auth_user", 0), "user", "users"),
        count(tables.get("api_apitoken", 0), "API token", "API tokens"),
        count(media["files"], "file", "files") + f" ({media['bytes'] / 1e6:.1f} MB)",
    ]
    return ", ".join(parts)


class Progress:
    """One bar per phase on standard error (never standard output, which may be the archive)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled, self.bar, self.what = enabled, None, ""

    def __call__(self, what: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        if what != self.what:
            self.close()
            self.what, self.bar = what, tqdm(total=total, desc=what.capitalize(), unit=f" {what}", file=sys.stderr)
        self.bar.update(done - self.bar.n)  # ``done`` counts from the start of the phase

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


class Command(BaseCommand):
    help = (
        "Write the database (a consistent snapshot, taken while the site runs), the stored files and the "
        "secret key to one archive; `lantern restore FILE` puts them back. FILE ends in .tar.gz or .tar, is a "
        "directory (a dated name is made in it), or - for standard output."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument(
            "--logical",
            action="store_true",
            help="on SQLite, write the rows rather than the database file, to restore into PostgreSQL "
            "(holds the database's write lock while it reads)",
        )

    def handle(self, *args, file: str, logical: bool, **options):
        progress = Progress(options["verbosity"] >= 1 and file != "-")
        try:
            written = backup.backup(file, logical=logical, progress=progress)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            progress.close()
        # With FILE "-" standard output is the archive: the report goes to standard error.
        out = self.stderr if file == "-" else self.stdout
        where = "standard output" if written.path is None else str(written.path)
        method = written.manifest["database"]["method"]
        out.write(f"Backed up {summary(written.manifest)} ({method}) to {where} in {written.seconds:.1f} s.")
