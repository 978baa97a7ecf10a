"""The canonical record: one flat dict per resource, shared by export, import, CLI and API.

This module holds its shape (``FIELDS``), ``to_record`` (a resource as a record), and how its
values are read (``parse_date``, ``as_list``, ``as_bool``). Records are written by
``lantern.catalog.writer.RecordWriter``, which raises ``RecordError`` with every problem found.
"""

from __future__ import annotations

import datetime as dt
import re

from lantern.catalog.models import Attachment, Resource

LIST_FIELDS = ("topics", "countries", "languages", "publishers", "authors", "collections", "files")
FIELDS = (
    "slug",
    "title",
    "teaser",
    "summary",
    "description",
    "type",
    "topics",
    "countries",
    "languages",
    "publishers",
    "authors",
    "date",
    "year",
    "source_url",
    "doi",
    "isbn",
    "licence",
    "files",
    "status",
    "withdrawn_reason",
    "featured",
    "collections",
    "series",
    "edition",
    "translation_of",
    "superseded_by",
    "part_of",
)
EXPORT_FIELDS = tuple(f for f in FIELDS if f != "year") + ("created_at", "updated_at")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


class RecordError(Exception):
    """A record that cannot be written; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


# --- out ---------------------------------------------------------------------------------------
def to_record(resource: Resource) -> dict:
    """The canonical record of one resource (ids are not part of it: slugs link records)."""
    ids = {i.scheme: i.value for i in resource.identifiers.all()}
    return {
        "slug": resource.slug,
        "title": resource.title,
        "teaser": resource.teaser,
        "summary": resource.summary,
        "description": resource.description,
        "type": resource.type,
        "topics": [t.slug for t in resource.topics.all()],
        "countries": [c.code for c in resource.countries.all()],
        "languages": [lang.code for lang in resource.languages.all()],
        "publishers": [link.organisation.name for link in resource.publisher_links.all()],
        "authors": [link.person.name for link in resource.author_links.all()],
        "date": resource.date_iso,
        "source_url": resource.source_url,
        "doi": ids.get("doi", ""),
        "isbn": ids.get("isbn", ""),
        "licence": resource.licence,
        "files": [_file_record(a) for a in resource.attachments.all()],
        "status": resource.status,
        "withdrawn_reason": resource.withdrawn_reason,
        "featured": resource.featured,
        "collections": [c.slug for c in resource.collections.all()],
        "series": resource.series.slug if resource.series else "",
        "edition": resource.edition,
        "translation_of": resource.translation_of.slug if resource.translation_of else "",
        "superseded_by": resource.superseded_by.slug if resource.superseded_by else "",
        "part_of": resource.part_of.slug if resource.part_of else "",
        "created_at": resource.created_at.isoformat() if resource.created_at else "",
        "updated_at": resource.updated_at.isoformat() if resource.updated_at else "",
    }


def citation_record(resource: Resource, record: dict | None = None) -> dict:
    """The canonical record as citation managers read it: topics by name (their keywords), not slug.

    Imports read names and slugs alike, so an exported reference comes back to the same topics."""
    record = to_record(resource) if record is None else record
    return {**record, "topics": [t.name for t in resource.topics.all()]}


def _file_record(attachment: Attachment) -> dict:
    return {
        "name": attachment.filename,
        "url": attachment.url,
        "path": attachment.file.name if attachment.file else "",
        "label": attachment.label,
        "media_type": attachment.media_type,
        "size": attachment.size,
        "pages": attachment.page_count,
        "sha256": attachment.sha256,
    }


def records_queryset(queryset=None):
    queryset = queryset if queryset is not None else Resource.objects.all()
    return queryset.select_related("series", "translation_of", "superseded_by", "part_of").prefetch_related(
        "identifiers",
        "topics",
        "countries",
        "languages",
        "collections",
        "attachments",
        "publisher_links__organisation",
        "author_links__person",
    )


# --- in ----------------------------------------------------------------------------------------
def parse_date(value) -> tuple[dt.date | None, str]:
    """ "2017" → (2017-01-01, year); "2017-10" → month; "2017-10-03" → day. Raises ValueError."""
    text = str(value).strip()
    if not text:
        return None, ""
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date = dt.date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"date {text!r} is not a real date ({exc})") from exc
    if not 1800 <= year <= dt.date.today().year + 1:
        raise ValueError(f"year {year} is out of range (1800 to next year)")
    return date, ("day" if day else "month" if month else "year")


def as_list(value) -> list:
    """Lists may come as JSON arrays or, from CSV, as "a; b; c"."""
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return [v for v in value if v not in (None, "")]
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return [value]


def as_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "y"}:
        return True
    if text in {"", "0", "false", "no", "n"}:
        return False
    raise ValueError(f"{value!r} is not true or false")
