"""Resources as the search index reads them: plain values for a batch, loaded in a few queries.

Indexing reads every relation of every resource it indexes (topics, countries, languages,
publishers, authors, collections, identifiers, series, page text). ``load(ids)`` reads them as
rows, one query per relation for the whole batch, ordered by the database as the models order
them, and the vocabulary (topics, countries, languages) once per batch, so indexing builds no
model instance per relation; ``document_fields`` and ``document_facets`` turn a loaded resource
into what the engines store.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.text import slugify

from lantern.catalog.models import (
    Country,
    Identifier,
    Language,
    Page,
    Resource,
    ResourceAuthor,
    ResourcePublisher,
    Topic,
)
from lantern.catalog.models.vocabulary import lines
from lantern.lib.text import clean_text, html_to_text

MAX_BODY_CHARS = 2_000_000  # the indexed text of one resource, files included


@dataclass(frozen=True)
class TopicRow:
    id: int
    slug: str
    name: str
    synonyms: tuple[str, ...]
    parent_id: int | None


@dataclass(frozen=True)
class CountryRow:
    code: str
    name: str
    region: str
    subregion: str


@dataclass(frozen=True)
class PublisherRow:
    slug: str
    name: str
    acronym: str
    aliases: tuple[str, ...]


@dataclass
class IndexedResource:
    """One resource with everything the index reads of it, relations in the models' order."""

    id: int
    type: str
    title: str
    teaser: str
    summary: str
    description: str
    published_date: dt.date | None
    edition: str
    series: str | None  # the series' name
    topics: list[TopicRow] = field(default_factory=list)
    countries: list[CountryRow] = field(default_factory=list)
    languages: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    publishers: list[PublisherRow] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    collections: list[tuple[str, str]] = field(default_factory=list)  # (slug, name)
    identifiers: list[str] = field(default_factory=list)
    pages: list[tuple[int, int, str]] = field(default_factory=list)  # (attachment id, page number, text)


class Vocabulary:
    """Topics, countries and languages by key, read once for a batch (or a rebuild)."""

    def __init__(self):
        self.topics = {
            tid: TopicRow(tid, slug, name, tuple(lines(synonyms)), parent)
            for tid, slug, name, synonyms, parent in Topic.objects.values_list(
                "id", "slug", "name", "synonyms", "parent_id"
            )
        }
        self.countries = {
            code: CountryRow(code, name, region, subregion)
            for code, name, region, subregion in Country.objects.values_list("code", "name", "region", "subregion")
        }
        self.languages = dict(Language.objects.values_list("code", "name"))

    def topic_path(self, topics: list[TopicRow]) -> list[str]:
        """The slugs of the topics and of every broader topic above them, each once."""
        path: list[str] = []
        for topic in topics:
            node, seen = topic.id, set()
            while node is not None and node not in seen and node in self.topics:
                seen.add(node)
                row = self.topics[node]
                if row.slug not in path:
                    path.append(row.slug)
                node = row.parent_id
        return path


def load(ids, vocabulary: Vocabulary) -> list[IndexedResource]:
    """The published resources among ``ids``, in id order, with their relations and page text."""
    rows = (
        Resource.objects.published()
        .filter(id__in=list(ids))
        .order_by("id")
        .values_list(
            "id", "type", "title", "teaser", "summary", "description", "published_date", "edition", "series__name"
        )
    )
    found = {row[0]: IndexedResource(*row) for row in rows}
    if not found:
        return []
    keys = list(found)
    for rid, tid in _links(Resource.topics.through, "topic", keys, ("topic__position", "topic__name")):
        found[rid].topics.append(vocabulary.topics[tid])
    for rid, code in _links(Resource.countries.through, "country", keys, ("country__name",)):
        found[rid].countries.append(vocabulary.countries[code])
    for rid, code in _links(Resource.languages.through, "language", keys, ("language__name",)):
        found[rid].languages.append((code, vocabulary.languages[code]))
    publishers = ResourcePublisher.objects.filter(resource_id__in=keys).order_by("position", "id")
    for rid, slug, name, acronym, aliases in publishers.values_list(
        "resource_id", "organisation__slug", "organisation__name", "organisation__acronym", "organisation__aliases"
    ):
        found[rid].publishers.append(PublisherRow(slug, name, acronym, tuple(lines(aliases))))
    authors = ResourceAuthor.objects.filter(resource_id__in=keys).order_by("position", "id")
    for rid, name in authors.values_list("resource_id", "person__name"):
        found[rid].authors.append(name)
    collections = Resource.collections.through.objects.filter(resource_id__in=keys).order_by("collection__name")
    for rid, slug, name in collections.values_list("resource_id", "collection__slug", "collection__name"):
        found[rid].collections.append((slug, name))
    identifiers = Identifier.objects.filter(resource_id__in=keys).order_by("scheme", "value")
    for rid, value in identifiers.values_list("resource_id", "value"):
        found[rid].identifiers.append(value)
    pages = (
        Page.objects.filter(attachment__resource_id__in=keys)
        .exclude(text="")
        .order_by("attachment__resource_id", "attachment__position", "attachment_id", "number")
        .values_list("attachment__resource_id", "attachment_id", "number", "text")
    )
    for rid, attachment_id, number, text in pages.iterator(chunk_size=2000):
        found[rid].pages.append((attachment_id, number, text))
    return list(found.values())


def _links(through, target: str, keys: list[int], ordering: tuple[str, ...]) -> list[tuple[int, object]]:
    """(resource id, target key) of a many-to-many table, in the target model's order."""
    return list(through.objects.filter(resource_id__in=keys).order_by(*ordering).values_list("resource_id", target))


@functools.cache
def _type_names() -> dict[str, str]:
    """Each resource type's name as indexed: in English, whatever language the process serves."""
    with translation.override("en"):
        return {value: str(label) for value, label in Resource.Type.choices}


def document_fields(resource: IndexedResource) -> dict[str, str]:
    """The four weighted texts of one resource."""
    meta: list[str] = [_type_names().get(resource.type, resource.type)]
    for org in resource.publishers:
        meta += [org.name, org.acronym, *org.aliases]
    meta += resource.authors
    for topic in resource.topics:
        meta += [topic.name, *topic.synonyms]
    for country in resource.countries:
        meta += [country.name, country.subregion, country.region]
    meta += [name for _, name in resource.languages]
    meta += [name for _, name in resource.collections]
    meta += resource.identifiers
    if resource.series is not None:
        meta += [resource.series, resource.edition]
    if resource.published_date:  # "NRM statistics 2024": a year typed is often the year published
        meta.append(str(resource.published_date.year))
    body = [html_to_text(resource.description), *(text for _, _, text in resource.pages)]
    return {
        "title": clean_text(resource.title),
        "abstract": clean_text(f"{resource.teaser}\n{resource.summary}"),
        "meta": clean_text("\n".join(m for m in meta if m)),
        "body": clean_text("\n".join(t for t in body if t))[:MAX_BODY_CHARS],
    }


def document_facets(resource: IndexedResource, vocabulary: Vocabulary) -> dict:
    """What the engine filters and counts one resource by."""
    countries = resource.countries
    region_keys = {slugify(name) for c in countries for name in (c.region, c.subregion) if name}
    return {
        "type": [resource.type],
        "topic": [topic.slug for topic in resource.topics],
        "topic_path": vocabulary.topic_path(resource.topics),
        "country": [c.code for c in countries],
        "region": sorted({c.region for c in countries if c.region}),
        "region_key": sorted(region_keys),
        "publisher": [org.slug for org in resource.publishers],
        "language": [code for code, _ in resource.languages],
        "collection": [slug for slug, _ in resource.collections],
        "date": resource.published_date.isoformat() if resource.published_date else None,
    }
