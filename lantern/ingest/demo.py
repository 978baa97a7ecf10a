"""The demo hub: real resources of the field with summaries in our own words."""

from __future__ import annotations

import json
from pathlib import Path

from lantern.catalog.models import Collection, Country, Organisation, Resource, Series
from lantern.ingest.records import ImportReport, import_file

DEMO_DIR = Path(__file__).resolve().parent / "demo"


def _rows(name: str) -> list[dict]:
    path = DEMO_DIR / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load(progress=None) -> ImportReport:
    """Load the demo hub; what already exists (by name or slug) is left as it is."""
    for row in _rows("organisations.jsonl"):
        country = Country.objects.filter(code=row.get("country") or "").first()
        Organisation.objects.get_or_create(
            name=row["name"],
            defaults={
                "acronym": row.get("acronym", ""),
                "aliases": "\n".join(row.get("aliases", [])),
                "kind": row.get("kind", ""),
                "country": country,
                "website": row.get("website", ""),
                "description": row.get("description", ""),
            },
        )
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
    return report
