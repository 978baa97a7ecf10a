"""The API's JSON: the canonical record (``lantern.catalog.records.to_record``) plus links.

No second object model: a resource is its canonical record, with absolute ``url`` (the page),
``api_url``, and each file's absolute ``url`` for download.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from lantern.catalog.models import Attachment, Collection, Organisation, Resource, Topic
from lantern.catalog.records import to_record


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def file_url(request: HttpRequest, resource: Resource, attachment: Attachment) -> str:
    if attachment.file:
        return absolute(request, reverse("public:download", args=[resource.slug, attachment.pk]))
    return attachment.url


def resource_record(request: HttpRequest, resource: Resource) -> dict:
    """The canonical record with absolute links (files keep their canonical fields)."""
    record = to_record(resource)
    record["url"] = absolute(request, resource.get_absolute_url())
    record["api_url"] = absolute(request, reverse("api:resource", args=[resource.slug]))
    for entry, attachment in zip(record["files"], resource.attachments.all(), strict=False):
        entry["url"] = file_url(request, resource, attachment)
    return record


def organisation_data(request: HttpRequest, org: Organisation, count: int | None = None) -> dict:
    data = {
        "slug": org.slug,
        "name": org.name,
        "acronym": org.acronym,
        "aliases": org.alias_list,
        "kind": org.kind,
        "country": org.country_id or "",
        "website": org.website,
        "description": org.description,
        "url": absolute(request, org.get_absolute_url()),
        "api_url": absolute(request, reverse("api:organisation", args=[org.slug])),
    }
    if count is not None:
        data["resource_count"] = count
    return data


def topic_data(topic: Topic, count: int | None = None) -> dict:
    data = {
        "slug": topic.slug,
        "name": topic.name,
        "parent": topic.parent.slug if topic.parent_id else "",
        "synonyms": topic.synonym_list,
        "description": topic.description,
    }
    if count is not None:
        data["resource_count"] = count
    return data


def collection_data(request: HttpRequest, collection: Collection, count: int | None = None) -> dict:
    data = {
        "slug": collection.slug,
        "name": collection.name,
        "description": collection.description,
        "url": absolute(request, collection.get_absolute_url()),
        "api_url": absolute(request, reverse("api:collection", args=[collection.slug])),
    }
    if count is not None:
        data["resource_count"] = count
    return data
