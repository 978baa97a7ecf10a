"""A canonical record's fields read onto a resource, each value checked.

Every function here adds what is wrong to ``problems`` instead of raising, so that a record's
writer (``lantern.catalog.writer``) can report every problem of a record at once; nothing is
written here except a series named by the record and not yet known.
"""

from __future__ import annotations

from django.utils.text import slugify

from lantern.catalog import identifiers
from lantern.catalog.lookups import Lookups
from lantern.catalog.models import Resource, Series
from lantern.catalog.records import as_bool, as_list, parse_date

TEXT_FIELDS = (
    "title",
    "teaser",
    "summary",
    "description",
    "source_url",
    "licence",
    "edition",
    "withdrawn_reason",
    "slug",
)


def apply_values(resource: Resource, record: dict, problems: list[str]) -> set[str]:
    """Set the record's own values (text, type, status, featured, date, series) on ``resource``.

    Returns the fields whose problem is already in ``problems``, for the model not to repeat it.
    """
    for name in TEXT_FIELDS:
        if name in record and record[name] is not None:
            text = str(record[name])
            setattr(resource, name, " ".join(text.split()) if name in {"title", "teaser"} else text.strip())
    reported: set[str] = set()
    for name, choices in (("type", Resource.Type.values), ("status", Resource.Status.values)):
        if record.get(name):
            value = str(record[name]).strip().lower()
            if value in choices:
                setattr(resource, name, value)
            else:
                problems.append(f"{name} {value!r} is not one of: {', '.join(choices)}")
                reported.add(name)
    if "featured" in record:
        try:
            resource.featured = as_bool(record["featured"])
        except ValueError as exc:
            problems.append(f"featured: {exc}")
    date_value = record.get("date") or record.get("year")
    if date_value not in (None, ""):
        try:
            resource.published_date, resource.date_precision = parse_date(date_value)
        except ValueError as exc:
            problems.append(str(exc))
    if "series" in record:
        slug = slugify(str(record["series"] or ""))
        resource.series = (
            Series.objects.get_or_create(slug=slug, defaults={"name": name_from_slug(slug)})[0] if slug else None
        )
    return reported


def relations(record: dict, lookups: Lookups, problems: list[str]) -> dict[str, list]:
    """The record's topics, countries and languages found; its publishers' and authors' names and
    its collections' slugs, as given (they are found or made when the resource is saved)."""
    related: dict[str, list] = {}
    finders = {"topics": lookups.topic, "countries": lookups.country, "languages": lookups.language}
    labels = {"topics": "topic", "countries": "country code", "languages": "language code"}
    for name, lookup in finders.items():
        if name not in record:
            continue
        found = []
        for value in as_list(record[name]):
            item = lookup(str(value))
            if item is None:
                problems.append(f"unknown {labels[name]} {value!r}")
            elif item not in found:
                found.append(item)
        related[name] = found
    for name in ("publishers", "authors"):
        if name in record:
            related[name] = [str(v) for v in as_list(record[name]) if str(v).strip()]
            if any(len(v) > 200 for v in related[name]):
                problems.append(f"{name}: a name is longer than 200 characters")
    if "collections" in record:
        related["collections"] = [slugify(str(v)) for v in as_list(record["collections"]) if slugify(str(v))]
    return related


def record_identifiers(record: dict, problems: list[str]) -> list[tuple[str, str]]:
    """The record's DOI and ISBN as (scheme, normalised value)."""
    found = []
    for scheme in ("doi", "isbn"):
        value = str(record.get(scheme) or "").strip()
        if value:
            try:
                found.append((scheme, identifiers.normalize(scheme, value)))
            except ValueError as exc:
                problems.append(str(exc))
    return found


def name_from_slug(slug: str) -> str:
    """The name given to a series or collection that a record names by slug only."""
    return slug.replace("-", " ").strip().capitalize()
