"""What a resource's card shows besides its own fields — topics, publishers, languages — read for
many resources at once in plain SQL (``Resource.objects.for_listing()``, ``attach_listing``)."""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import NamedTuple

from django.db import connection, models

from lantern.catalog.models import Language, Organisation, Resource, ResourcePublisher, Topic
from lantern.lib.sql import placeholders, table


class ListingIterable(models.query.ModelIterable):
    """Model rows that come with what a card shows (``resource.listed``), read in three queries."""

    def __iter__(self):
        rows = list(super().__iter__())
        attach_listing(rows)
        yield from rows


class ListedTopic(NamedTuple):
    slug: str
    name: str
    name_fr: str
    name_es: str
    position: int


class ListedOrganisation(NamedTuple):
    slug: str
    name: str
    acronym: str


class ListedLanguage(NamedTuple):
    code: str
    name: str


class Listing(NamedTuple):
    """What a resource's card shows besides its own fields (plain values, not model instances)."""

    topics: list[ListedTopic]  # in the vocabulary's order
    publishers: list[ListedOrganisation]  # in the curator's order
    languages: list[ListedLanguage]  # by name


LISTING_BATCH = 500  # ids per query (SQLite binds at most 32,766 values)


@functools.cache
def _listing_sql(vendor: str) -> dict[str, tuple[str, type, object]]:
    """Per relation: SQL reading (resource id, values…) for resources ``IN ({ids})``, the tuple
    built from the values, and the order. Table and column names come from the models."""

    def columns(model, names) -> str:
        return ", ".join(f"o.{connection.ops.quote_name(model._meta.get_field(n).column)}" for n in names)

    topic_links, language_links = Resource.topics.through, Resource.languages.through
    return {
        "topics": (
            f"SELECT l.resource_id, {columns(Topic, ListedTopic._fields)} FROM {table(topic_links)} l"  # noqa: S608 - names from the models
            f" JOIN {table(Topic)} o ON o.id = l.topic_id WHERE l.resource_id IN ({{ids}})",
            ListedTopic,
            lambda t: (t.position, t.name),
        ),
        "publishers": (
            f"SELECT l.resource_id, {columns(Organisation, ListedOrganisation._fields)}"  # noqa: S608 - names from the models
            f" FROM {table(ResourcePublisher)} l JOIN {table(Organisation)} o ON o.id = l.organisation_id"
            f" WHERE l.resource_id IN ({{ids}}) ORDER BY l.position, l.id",
            ListedOrganisation,
            None,
        ),
        "languages": (
            f"SELECT l.resource_id, {columns(Language, ListedLanguage._fields)} FROM {table(language_links)} l"  # noqa: S608 - names from the models
            f" JOIN {table(Language)} o ON o.code = l.language_id WHERE l.resource_id IN ({{ids}})",
            ListedLanguage,
            lambda language: language.name,
        ),
    }


def attach_listing(rows: list) -> None:
    """Give each resource its ``listed`` topics, publishers and languages in three queries.

    What prefetching the three relations gives a card, for far less: Django's prefetch builds a
    manager, a queryset and model instances per row and relation, and even ``values_list``
    compiles its query every time; these are plain SQL.
    """
    by_id = {row.pk: row for row in rows if row.pk is not None}
    if not by_id:
        return
    ids = list(by_id)
    found: dict[str, dict[int, list]] = {}
    with connection.cursor() as cursor:
        for name, (sql, build, order) in _listing_sql(connection.vendor).items():
            found[name] = defaultdict(list)
            for start in range(0, len(ids), LISTING_BATCH):
                batch = ids[start : start + LISTING_BATCH]
                # Only the ids are values, all bound; the rest is built from the models above.
                cursor.execute(sql.format(ids=placeholders(len(batch))), batch)
                for resource_id, *values in cursor.fetchall():
                    found[name][resource_id].append(build(*values))
            if order:
                for items in found[name].values():
                    items.sort(key=order)
    for pk, row in by_id.items():
        row.__dict__["listed"] = Listing(*(found[name].get(pk, []) for name in Listing._fields))
