"""Importing and exporting canonical records as JSONL or CSV files.

A bad row is reported with its line number and reason while the good rows go in; each row is
written whole or not at all. Export writes the same fields, so export → import round-trips.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from lantern.catalog.models import Resource
from lantern.catalog.records import EXPORT_FIELDS, FIELDS, LIST_FIELDS, RecordError, records_queryset, to_record
from lantern.catalog.writer import RecordWriter, WriteResult
from lantern.search import index

FORMATS = ("jsonl", "csv")
MAX_LINE_BYTES = 10_000_000


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, wrong format, not UTF-8)."""


@dataclass
class RowProblem:
    line: int
    message: str


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self) -> dict:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": [{"line": p.line, "error": p.message} for p in self.errors],
            "warnings": [{"line": p.line, "warning": p.message} for p in self.warnings],
        }


def detect_format(path: Path, explicit: str | None = None) -> str:
    if explicit:
        if explicit not in FORMATS:
            raise ImportFileError(f"unknown format {explicit!r}; use one of {', '.join(FORMATS)}")
        return explicit
    suffix = path.suffix.lower().lstrip(".")
    if suffix in {"jsonl", "ndjson", "json"}:
        return "jsonl"
    if suffix == "csv":
        return "csv"
    raise ImportFileError(f"cannot tell the format of {path.name!r}: name it .jsonl or .csv, or pass --format")


def read_rows(path: Path, fmt: str) -> Iterator[tuple[int, dict | None, str]]:
    """Yield (line number, record or None, error) for each row of the file."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ImportFileError(f"cannot open {path}: {exc.strerror}") from exc
    with handle:
        try:
            if fmt == "csv":
                yield from _csv_rows(handle)
            else:
                yield from _jsonl_rows(handle)
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"{path.name} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _jsonl_rows(handle) -> Iterator[tuple[int, dict | None, str]]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_BYTES:
            yield number, None, "line is too long"
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, f"not valid JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(value, dict):
            yield number, None, "each line must be a JSON object"
            continue
        yield number, value, ""


def _csv_rows(handle) -> Iterator[tuple[int, dict | None, str]]:
    reader = csv.DictReader(handle)
    if not reader.fieldnames or "title" not in [f.strip() for f in reader.fieldnames]:
        raise ImportFileError("the CSV file needs a header row with at least a 'title' column")
    for row in reader:
        line = reader.line_num
        if None in row:
            yield line, None, "the row has more cells than the header"
            continue
        yield line, {k.strip(): v for k, v in row.items() if k and v is not None and v != ""}, ""


def import_file(
    path: Path,
    fmt: str | None = None,
    default_status: str = Resource.Status.DRAFT,
    provenance: str = Resource.Provenance.IMPORT,
    progress: Callable[[int], None] | None = None,
    skip_existing: bool = False,
) -> ImportReport:
    """Import a JSONL or CSV file in short batches, each committed with its search documents.

    A batch holds the database's write lock for about ``BATCH_SECONDS``, so the site's own
    writes wait no longer than that; a process killed mid-way leaves every committed record
    searchable, and running the import again finishes it (records are matched by slug, source
    URL or DOI, so nothing is created twice).
    """
    path = Path(path)
    fmt = detect_format(path, fmt)
    writer = RecordWriter(
        base_dir=path.parent, default_status=default_status, provenance=provenance, provenance_detail=path.name
    )
    batch = _Batch(writer, ImportReport(), skip_existing, progress)
    in_timed_batches(read_rows(path, fmt), batch.write_rows)
    batch.resolve_links()
    if batch.unknown:
        batch.report.warnings.insert(0, RowProblem(0, f"ignored unknown field(s): {', '.join(sorted(batch.unknown))}"))
    return batch.report


BATCH_SECONDS = 0.3  # how long one transaction may hold the write lock before it commits
BATCH_ROWS = 500


def in_batches(rows: Iterable, write: Callable) -> None:
    """``write(row)`` for each row, a transaction per ``BATCH_SECONDS`` of writing (at most
    ``BATCH_ROWS`` rows), the search index brought up to date inside each transaction."""
    rows = iter(rows)
    while True:
        count, started = 0, time.monotonic()
        with transaction.atomic(), index.deferred():
            for row in rows:
                count += 1
                write(row)
                if count >= BATCH_ROWS or time.monotonic() - started >= BATCH_SECONDS:
                    break
        if not count:
            return


# A transaction's rows at first and at least: each has a cost of its own (reading its records
# back for the history and the index), which a few rows would not repay.
MIN_BATCH_ROWS = 50


def in_timed_batches(rows: Iterable, write_many: Callable[[list, float], int]) -> None:
    """``write_many(rows, deadline)`` in transactions of about ``BATCH_SECONDS``, the search index
    brought up to date inside each. A transaction gets as many rows as the previous one's pace
    allows (``MIN_BATCH_ROWS`` to ``BATCH_ROWS``), and ``write_many`` starts none after the
    deadline (rows written one by one are slower) and says how many it took. Rows are read
    between transactions."""
    rows = iter(rows)
    waiting: list = []
    size = MIN_BATCH_ROWS
    while True:
        waiting += itertools.islice(rows, max(0, size - len(waiting)))
        if not waiting:
            return
        started = time.monotonic()
        with transaction.atomic(), index.deferred():
            done = write_many(waiting[:size], started + BATCH_SECONDS)
        pace = done / max(time.monotonic() - started, 0.001)
        size = max(MIN_BATCH_ROWS, min(BATCH_ROWS, 2 * size, int(pace * BATCH_SECONDS)))
        del waiting[:done]


@dataclass
class _Batch:
    """Rows written a transaction at a time; the index is brought up to date inside each one."""

    writer: RecordWriter
    report: ImportReport
    skip_existing: bool = False
    progress: Callable[[int], None] | None = None
    written: list[tuple[int, WriteResult]] = field(default_factory=list)
    unknown: set[str] = field(default_factory=set)

    def write_rows(self, rows: list[tuple[int, dict | None, str]], deadline: float) -> int:
        """Write rows (``RecordWriter.write_many``), each all or nothing, starting none after
        ``deadline``; returns how many were taken, from the first."""
        wanted = [
            (at, record)
            for at, (_, record, _) in enumerate(rows)
            if record is not None and not (self.skip_existing and self.writer.find_existing(record) is not None)
        ]
        results = dict(
            zip(
                (at for at, _ in wanted),
                self.writer.write_many([r for _, r in wanted], deadline=deadline),
                strict=False,
            )
        )
        taken = len(rows) if len(results) == len(wanted) else wanted[len(results)][0]
        errors = []
        for at, (line, record, error) in enumerate(rows[:taken]):
            if record is None:
                errors.append(RowProblem(line, error))
                continue
            self.unknown |= set(record) - set(FIELDS) - {"created_at", "updated_at"}
            result = results.get(at)
            if result is None:  # skipped: it exists
                self.report.unchanged += 1
            elif isinstance(result, RecordError):
                errors.append(RowProblem(line, "; ".join(result.problems)))
            else:
                self.report.created += result.created
                self.report.updated += not result.created
                self.report.warnings += [RowProblem(line, w) for w in result.warnings]
                if result.links:
                    self.written.append((line, result))
        self.report.errors += errors
        if self.progress:
            self.progress(taken)
        return taken

    def resolve_links(self) -> None:
        """Links between records of the file, once they all exist (also in short batches)."""
        for start in range(0, len(self.written), BATCH_ROWS):
            with transaction.atomic(), index.deferred():
                for line, result in self.written[start : start + BATCH_ROWS]:
                    self.report.warnings += [RowProblem(line, p) for p in self.writer.resolve_links(result)]


def export_records(queryset=None) -> Iterator[dict]:
    for resource in records_queryset(queryset).order_by("id").iterator(chunk_size=500):
        yield to_record(resource)


def write_export(stream: io.TextIOBase, fmt: str, queryset=None) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=EXPORT_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for record in export_records(queryset):
            writer.writerow(_csv_cells(record))
            count += 1
    else:
        for record in export_records(queryset):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def _csv_cells(record: dict) -> dict:
    cells = dict(record)
    for name in LIST_FIELDS:
        values = record.get(name) or []
        if name == "files":
            values = [f.get("url") or f.get("path") or "" for f in values]
        cells[name] = "; ".join(str(v) for v in values)
    cells["featured"] = "true" if record.get("featured") else "false"
    return cells
