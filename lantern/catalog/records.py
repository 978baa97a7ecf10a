"""The canonical record: one flat dict per resource, shared by export, import, CLI and API.

This module holds its shape (``FIELDS``), ``to_record`` (a resource as a record), and how its
values are read (``parse_date``, ``as_list``, ``as_bool``). Records are written by
``lantern.catalog.writer.RecordWriter``, which raises ``RecordError`` with every problem found.
"""

from __future__ import annotations

import datetime as dt
import re

from lantern.catalog.models import Attachment, Identifier, Resource, ResourceAuthor, ResourcePublisher

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
    lists = {
        "topics": [t.slug for t in resource.topics.all()],
        "countries": [c.code for c in resource.countries.all()],
        "languages": [lang.code for lang in resource.languages.all()],
        "publishers": [link.organisation.name for link in resource.publisher_links.all()],
        "authors": [link.person.name for link in resource.author_links.all()],
        "collections": [c.slug for c in resource.collections.all()],
    }
    ids = {i.scheme: i.value for i in resource.identifiers.all()}
    return _record(resource, lists, ids, [_file_record(a) for a in resource.attachments.all()])


def _record(resource: Resource, lists: dict[str, list], ids: dict[str, str], files: list[dict]) -> dict:
    """The record of a resource from its own fields and its lists, identifiers and files."""
    return {
        "slug": resource.slug,
        "title": resource.title,
        "teaser": resource.teaser,
        "summary": resource.summary,
        "description": resource.description,
        "type": resource.type,
        "topics": lists["topics"],
        "countries": lists["countries"],
        "languages": lists["languages"],
        "publishers": lists["publishers"],
        "authors": lists["authors"],
        "date": resource.date_iso,
        "source_url": resource.source_url,
        "doi": ids.get("doi", ""),
        "isbn": ids.get("isbn", ""),
        "licence": resource.licence,
        "files": files,
        "status": resource.status,
        "withdrawn_reason": resource.withdrawn_reason,
        "featured": resource.featured,
        "collections": lists["collections"],
        "series": resource.series.slug if resource.series else "",
        "edition": resource.edition,
        "translation_of": resource.translation_of.slug if resource.translation_of else "",
        "superseded_by": resource.superseded_by.slug if resource.superseded_by else "",
        "part_of": resource.part_of.slug if resource.part_of else "",
        "created_at": resource.created_at.isoformat() if resource.created_at else "",
        "updated_at": resource.updated_at.isoformat() if resource.updated_at else "",
    }


def records_of(queryset) -> dict[int, dict]:
    """``to_record`` of every resource of ``queryset`` (id → record, in the queryset's order),
    its relations read as rows for all of them at once: a few queries and no model instance per
    topic, country, publisher or author (a bulk import's history, an export)."""
    resources = list(queryset.select_related("series", "translation_of", "superseded_by", "part_of"))
    ids = [r.pk for r in resources]
    lists: dict[str, dict[int, list]] = {name: {pk: [] for pk in ids} for name in _RELATION_ROWS}
    for name, (model, value, ordering) in _RELATION_ROWS.items():
        rows = model.objects.filter(resource_id__in=ids).order_by(*ordering).values_list("resource_id", value)
        for pk, item in rows.iterator(chunk_size=2000):
            lists[name][pk].append(item)
    files: dict[int, list] = {pk: [] for pk in ids}
    for attachment in Attachment.objects.filter(resource_id__in=ids).order_by("position", "id"):
        files[attachment.resource_id].append(_file_record(attachment))
    identifiers: dict[int, dict[str, str]] = {pk: {} for pk in ids}
    by_scheme = Identifier.objects.filter(resource_id__in=ids).order_by("scheme", "value")
    for pk, scheme, value in by_scheme.values_list("resource_id", "scheme", "value"):
        identifiers[pk][scheme] = value
    return {
        r.pk: _record(r, {name: found[r.pk] for name, found in lists.items()}, identifiers[r.pk], files[r.pk])
        for r in resources
    }


# Each list of a record as rows of its link table: (model, value read, the related model's order).
_RELATION_ROWS = {
    "topics": (Resource.topics.through, "topic__slug", ("topic__position", "topic__name")),
    "countries": (Resource.countries.through, "country__code", ("country__name",)),
    "languages": (Resource.languages.through, "language__code", ("language__name",)),
    "publishers": (ResourcePublisher, "organisation__name", ("position", "id")),
    "authors": (ResourceAuthor, "person__name", ("position", "id")),
    "collections": (Resource.collections.through, "collection__slug", ("collection__name",)),
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
