"""Importers for other tools' formats: BibTeX, RIS, CSL-JSON (reference managers) and WordPress WXR (other hubs).

Each format is a reader that turns a file's text into rows ``(position, partial canonical record |
None, error)``; ``import_path`` feeds them to ``RecordWriter`` with a per-row report and an
optional dry run that validates everything and writes nothing. Vocabulary values the hub does not
know (a reference manager's free keywords, a WordPress category) are dropped with a warning
rather than rejecting the row.
"""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from lantern.catalog.lookups import Lookups
from lantern.catalog.models import Resource
from lantern.catalog.records import RecordError
from lantern.catalog.writer import RecordWriter, WriteResult
from lantern.ingest.records import ImportFileError, ImportReport, RowProblem, in_batches
from lantern.lib import citations

FORMATS = ("bibtex", "ris", "csl-json", "wxr")
EXTENSIONS = {".bib": "bibtex", ".bibtex": "bibtex", ".ris": "ris", ".xml": "wxr", ".wxr": "wxr"}


class _DryRun(Exception):
    pass


def detect(path: Path, explicit: str | None = None) -> str | None:
    """The citation/WXR format of a file, or None when it is not one of them."""
    if explicit:
        return explicit if explicit in FORMATS else None
    return EXTENSIONS.get(path.suffix.lower())


def read(path: Path, fmt: str) -> list[citations.Row]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"cannot open {path}: {exc.strerror}") from exc
    if fmt == "wxr":
        from lantern.ingest.formats import wxr

        return wxr.read_wxr(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{path.name} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    return citations.READERS[fmt](text)


def resolve_vocabulary(record: dict, lookups: Lookups) -> tuple[dict, list[str]]:
    """Keep the topics, languages and countries the hub knows; warn about the others."""
    warnings = []
    record = dict(record)
    checks = (("topics", lookups.topic, "topic"), ("languages", lookups.language, "language"))
    for name, lookup, label in (*checks, ("countries", lookups.country, "country")):
        if name not in record:
            continue
        known = [value for value in record[name] if lookup(str(value)) is not None]
        dropped = [value for value in record[name] if value not in known]
        if dropped:
            warnings.append(f"ignored unknown {label}(s): {', '.join(map(str, dropped))}")
        record[name] = known
    return record, warnings


def import_path(
    path: Path,
    fmt: str,
    default_status: str = Resource.Status.DRAFT,
    provenance: str = Resource.Provenance.IMPORT,
    provenance_detail: str = "",
    dry_run: bool = False,
) -> ImportReport:
    """Import a BibTeX, RIS, CSL-JSON or WXR file; with ``dry_run`` nothing is written."""
    path = Path(path)
    rows = read(path, fmt)
    writer = RecordWriter(
        base_dir=path.parent,
        default_status=default_status,
        provenance=provenance,
        provenance_detail=provenance_detail or f"{fmt}: {path.name}",
    )
    report = ImportReport()
    if not dry_run:
        in_batches(rows, lambda row: _import_rows([row], writer, report))
        return report
    try:
        with transaction.atomic():
            _import_rows(rows, writer, report)
            raise _DryRun
    except _DryRun:
        pass
    return report


def _import_rows(rows, writer: RecordWriter, report: ImportReport) -> list[WriteResult]:
    written: list[WriteResult] = []
    for position, record, error in rows:
        if record is None:
            report.errors.append(RowProblem(position, error))
            continue
        record, warnings = resolve_vocabulary(record, writer.lookups)
        report.warnings += [RowProblem(position, w) for w in warnings]
        try:
            result = writer.write(record)
        except RecordError as exc:
            report.errors.append(RowProblem(position, "; ".join(exc.problems)))
            continue
        report.created += result.created
        report.updated += not result.created
        report.warnings += [RowProblem(position, w) for w in result.warnings]
        written.append(result)
    return written
