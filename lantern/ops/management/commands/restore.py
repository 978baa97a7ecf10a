"""``lantern restore FILE``: a backup into an empty data directory and database."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lantern.ops import restore as restoring
from lantern.ops.archive import BackupError
from lantern.ops.management.commands.backup import Progress, summary


class Command(BaseCommand):
    help = (
        "Restore a backup made by `lantern backup` into the configured data directory and database, which "
        "must be empty (--force replaces what they hold), then apply this Lantern's migrations, rebuild the "
        "search index from the restored search tables and check every stored file."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument(
            "--force", action="store_true", help="replace the database and files already there (they are lost)"
        )

    def handle(self, *args, file: str, force: bool, **options):
        source = Path(file)
        if not source.is_file():
            raise CommandError(f"{file}: no such file")
        verbosity = options["verbosity"]
        progress = Progress(verbosity >= 1)
        try:
            result = restoring.restore(source, force=force, progress=progress)
            progress.close()
            restoring.complete(result, show_progress=verbosity >= 1, stream=self.stderr._out)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            progress.close()
        manifest = result.manifest
        self.stdout.write(
            f"Restored {summary(manifest)} from the backup of {manifest['created_at']} "
            f"into {settings.DATA_DIR} in {result.seconds:.1f} s."
        )
        if result.indexed is not None:
            resources, passages = result.indexed
            self.stdout.write(f"Search index rebuilt: {resources} resource(s), {passages} passage(s).")
        if result.vectors:
            self.stdout.write(f"Computed {result.vectors} passage vector(s) the hub had not computed yet.")
        if result.secret_key_differs:
            self.stderr.write(
                f"warning: LANTERN_SECRET_KEY differs from the backup's key (now in {settings.DATA_DIR}/secret_key): "
                "curators must sign in again and forms served before the backup are refused; use the backup's key "
                "to keep them."
            )
        problems = [f"missing: {name}" for name in result.missing_files]
        problems += [f"changed since it was stored (SHA-256 differs): {name}" for name in result.changed_files]
        if problems:
            for problem in problems:
                self.stderr.write(problem)
            raise CommandError(f"{len(problems)} stored file(s) are not as the database says (listed above)")
