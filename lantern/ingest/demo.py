"""The demo hub: real resources of the field with summaries in our own words."""

from __future__ import annotations

import json
from pathlib import Path

from lantern.catalog.models import Attachment, Collection, Page, Resource, Series
from lantern.ingest.records import ImportReport, import_file

DEMO_DIR = Path(__file__).resolve().parent / "demo"


def _rows(name: str) -> list[dict]:
    path = DEMO_DIR / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load(progress=None) -> ImportReport:
    """Load the demo hub; what already exists (by name or slug) is left as it is. Its publishers are
    the directory's organisations (catalog/data/organisations.json, loaded by migration)."""
    for row in _rows("collections.jsonl"):
        Collection.objects.get_or_create(
            slug=row["slug"], defaults={"name": row["name"], "description": row.get("description", "")}
        )
    for row in _rows("series.jsonl"):
        Series.objects.get_or_create(slug=row["slug"], defaults={"name": row["name"]})
    report = ImportReport()
    for name in ("resources.jsonl", "files.jsonl"):
        if (DEMO_DIR / name).exists():
            part = import_file(
                DEMO_DIR / name,
                "jsonl",
                default_status=Resource.Status.PUBLISHED,
                provenance=Resource.Provenance.DEMO,
                progress=progress,
                skip_existing=True,
            )
            report.created += part.created
            report.updated += part.updated
            report.errors += part.errors
            report.warnings += part.warnings
    extract_pages()
    return report


def extract_pages() -> int:
    """Page text for the demo's stored files, through ingestion's own readers, so search can
    find words inside them and cite page numbers."""
    from lantern.ingest import pipeline
    from lantern.ingest.errors import IngestError
    from lantern.ingest.sources.base import Limits
    from lantern.search import index

    limits, done = Limits.from_settings(), []
    for attachment in Attachment.objects.exclude(file="").filter(
        pages=None, resource__provenance=Resource.Provenance.DEMO
    ):
        try:
            _, extracted = pipeline.read(Path(attachment.file.path), limits, name=attachment.filename)
        except (IngestError, OSError):
            continue
        Page.objects.bulk_create(
            Page(attachment=attachment, number=n, text=text)
            for n, text in enumerate(extracted.pages, start=1)
            if text.strip()
        )
        if attachment.page_count is None:
            attachment.page_count = extracted.page_count
            attachment.save(update_fields=["page_count"])
        done.append(attachment.resource_id)
    index.schedule(done)
    return len(done)
