from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lantern.catalog.models import Resource
from lantern.catalog.records import citation_record, records_queryset
from lantern.ingest.records import FORMATS, ImportFileError, detect_format, write_export
from lantern.lib import citations

CITATION_EXTENSIONS = {".bib": "bibtex", ".bibtex": "bibtex", ".ris": "ris"}


class Command(BaseCommand):
    requires_system_checks: list[str] = []  # fast start; `lantern check` runs them
    help = (
        "Export resources as canonical records (JSONL or CSV) or citations (BibTeX, RIS, CSL-JSON); "
        "'-' writes to standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="output file, or - for standard output")
        parser.add_argument(
            "--format",
            choices=[*FORMATS, *citations.EXPORT_FORMATS],
            help="default: from the file extension (.jsonl, .csv, .bib, .ris; jsonl for -)",
        )
        parser.add_argument("--published-only", action="store_true", help="only what the public sees")

    def handle(self, *args, file: str, format: str | None, published_only: bool, **options):
        queryset = Resource.objects.published() if published_only else Resource.objects.all()
        fmt = format or (CITATION_EXTENSIONS.get(Path(file).suffix.lower()) if file != "-" else None)
        if fmt in citations.EXPORT_FORMATS:
            self._export_citations(file, fmt, queryset)
            return
        if file == "-":
            count = write_export(sys.stdout, format or "jsonl", queryset)
        else:
            path = Path(file)
            try:
                fmt = detect_format(path, format)
            except ImportFileError as exc:
                raise CommandError(str(exc)) from exc
            tmp = path.with_name(path.name + ".part")
            try:
                with tmp.open("w", encoding="utf-8", newline="") as stream:
                    count = write_export(stream, fmt, queryset)
                tmp.replace(path)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise CommandError(f"cannot write {path}: {exc.strerror}") from exc
        self.stderr.write(f"{count} resource(s) exported")

    def _export_citations(self, file: str, fmt: str, queryset) -> None:
        rows = records_queryset(queryset).order_by("id").iterator(chunk_size=500)
        records = [citation_record(resource) for resource in rows]
        text = citations.EXPORT_FORMATS[fmt][0](records)
        if file == "-":
            sys.stdout.write(text)
        else:
            path = Path(file)
            tmp = path.with_name(path.name + ".part")
            try:
                tmp.write_text(text, encoding="utf-8")
                tmp.replace(path)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise CommandError(f"cannot write {path}: {exc.strerror}") from exc
        self.stderr.write(f"{len(records)} resource(s) exported")
