from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from lantern.catalog import signals
from lantern.catalog.models import Resource
from lantern.ingest import formats as other_formats
from lantern.ingest.records import FORMATS, ImportFileError, import_file


class Command(BaseCommand):
    requires_system_checks: list[str] = []  # fast start; `lantern check` runs them
    help = (
        "Import resources from a JSONL or CSV file of canonical records (see README: import format), "
        "or from BibTeX, RIS, CSL-JSON or a WordPress export (WXR)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--format",
            choices=[*FORMATS, *other_formats.FORMATS],
            help="default: from the file extension (.jsonl, .csv, .bib, .ris, .xml for WXR)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check every row and report, but write nothing (citations, WXR)"
        )
        parser.add_argument(
            "--status",
            choices=Resource.Status.values,
            default=Resource.Status.DRAFT,
            help="status of new resources whose record names none (default: draft)",
        )
        parser.add_argument("--json", action="store_true", help="print the report as JSON")

    def handle(self, *args, file: Path, format: str | None, status: str, json: bool, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        other = other_formats.detect(file, format)
        if other is None and options.get("dry_run"):
            raise CommandError("--dry-run works with BibTeX, RIS, CSL-JSON and WXR files")
        if other is not None:
            try:
                with signals.written() as ids:
                    report = other_formats.import_path(file, other, default_status=status, dry_run=options["dry_run"])
            except ImportFileError as exc:
                raise CommandError(str(exc)) from exc
            self._report(file, report, json, ids, dry_run=options["dry_run"])
            return
        with tqdm(
            desc="Importing", unit=" rows", disable=json or options["verbosity"] < 1, file=self.stderr._out
        ) as bar:
            try:
                with signals.written() as ids:
                    report = import_file(file, format, default_status=status, progress=bar.update)
            except ImportFileError as exc:
                raise CommandError(str(exc)) from exc
        self._report(file, report, json, ids)

    def _report(self, file: Path, report, json: bool, ids: set[int], dry_run: bool = False) -> None:
        from lantern.search import index

        # Every record written is fully searchable when the command returns, by meaning too.
        vectors = 0 if dry_run else index.embed_now(show_progress=not json, stream=self.stderr._out)
        # Then compared with the hub: likely duplicates are flagged for review and listed here.
        related = [] if dry_run else signals.arrival_notes(ids, "import")
        if json:
            self.stdout.write(_json_dumps({**report.as_dict(), "vectors": vectors, "duplicates": related}))
        else:
            prefix = "dry run, nothing written: would have " if dry_run else ""
            self.stdout.write(
                f"{prefix}{report.created} created, {report.updated} updated, {len(report.errors)} rejected"
                + (f", {vectors} passage vector(s) computed" if vectors else "")
            )
            for note in related:
                self.stdout.write(signals.describe(note))
            for problem in report.errors:
                self.stderr.write(f"{file.name}:{problem.line}: error: {problem.message}")
            for problem in report.warnings:
                where = f"{file.name}:{problem.line}" if problem.line else file.name
                self.stderr.write(f"{where}: warning: {problem.message}")
        if report.errors:
            raise SystemExit(1)


def _json_dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)
