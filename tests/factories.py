"""Plain factories for tests: make_* functions with sensible defaults."""

from __future__ import annotations

import datetime as dt
import itertools

from lantern.catalog.models import Collection, Organisation, Resource, ResourcePublisher, Topic

_n = itertools.count(1)


def make_organisation(name: str | None = None, **fields) -> Organisation:
    """An organisation with these fields; one of the shipped directory's (every hub has them) is
    given the fields asked for."""
    return Organisation.objects.update_or_create(name=name or f"Organisation {next(_n)}", defaults=fields)[0]


def make_collection(name: str = "COVID-19", slug: str = "covid-19", **fields) -> Collection:
    return Collection.objects.create(name=name, slug=slug, **fields)


def make_resource(
    title: str | None = None,
    *,
    publishers: list[Organisation] | None = None,
    topics: list[str] | None = None,
    countries: list[str] | None = None,
    languages: list[str] | None = None,
    collections: list[Collection] | None = None,
    date: dt.date | None = dt.date(2018, 10, 1),
    status: str = Resource.Status.PUBLISHED,
    **fields,
) -> Resource:
    resource = Resource(
        title=title or f"Resource {next(_n)}",
        status=status,
        published_date=date,
        date_precision=fields.pop("date_precision", Resource.Precision.MONTH if date else ""),
        **fields,
    )
    resource.full_clean()
    resource.save()
    for position, org in enumerate(publishers or []):
        ResourcePublisher.objects.create(resource=resource, organisation=org, position=position)
    if topics:
        resource.topics.set(Topic.objects.filter(slug__in=topics))
    if countries:
        resource.countries.set(countries)
    if languages:
        resource.languages.set(languages)
    if collections:
        resource.collections.set(collections)
    return resource


ADMIN_INLINES = ("publisher_links", "author_links", "attachments", "identifiers", "suggestions", "revisions")


def admin_resource_form(**overrides) -> dict:
    """The POST data of the admin's resource form, with every inline empty unless overridden."""
    data = {
        "title": "Guidance for hotel staff",
        "slug": "",
        "type": "guidance",
        "teaser": "",
        "summary": "",
        "description": "",
        "published_date": "",
        "date_precision": "",
        "source_url": "",
        "licence": "",
        "status": "published",
        "withdrawn_reason": "",
        "edition": "",
        "provenance": "manual",
        "provenance_detail": "",
    }
    for prefix in ADMIN_INLINES:
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(overrides)
    return data
