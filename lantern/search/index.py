"""Keeping the search documents in step with the catalogue.

``schedule(ids)`` refreshes the documents of those resources, immediately or, inside
``deferred()``, once at the end (bulk imports). A resource that is not ``published()`` has
no document, so nothing unpublished can be found. ``rebuild()`` and ``drift()`` serve
``lantern reindex`` and ``lantern reindex --check``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction

from lantern.catalog.models import Resource
from lantern.lib.text import clean_text, html_to_text
from lantern.search.backends import get_backend
from lantern.search.models import SearchDocument

_pending: ContextVar[set[int] | None] = ContextVar("lantern_search_pending", default=None)
# Resources being deleted: their cascade must not re-create the document it is removing.
_deleting: ContextVar[frozenset[int]] = ContextVar("lantern_search_deleting", default=frozenset())
CHUNK = 500


def _published_for_index():
    return (
        Resource.objects.published()
        .prefetch_related(
            "topics",
            "countries",
            "languages",
            "collections",
            "identifiers",
            "publisher_links__organisation",
            "author_links__person",
        )
        .select_related("series")
    )


def document_fields(resource: Resource) -> dict[str, str]:
    """The four weighted texts of one resource (its relations prefetched)."""
    meta: list[str] = [resource.get_type_display()]
    for link in resource.publisher_links.all():
        org = link.organisation
        meta += [org.name, org.acronym, *org.alias_list]
    meta += [link.person.name for link in resource.author_links.all()]
    for topic in resource.topics.all():
        meta += [topic.name, *topic.synonym_list]
    for country in resource.countries.all():
        meta += [country.name, country.subregion, country.region]
    meta += [language.name for language in resource.languages.all()]
    meta += [collection.name for collection in resource.collections.all()]
    meta += [identifier.value for identifier in resource.identifiers.all()]
    if resource.series:
        meta += [resource.series.name, resource.edition]
    return {
        "title": clean_text(resource.title),
        "abstract": clean_text(f"{resource.teaser}\n{resource.summary}"),
        "meta": clean_text("\n".join(m for m in meta if m)),
        "body": clean_text(html_to_text(resource.description)),
    }


def forget(resource_id: int) -> None:
    """Called before a resource is deleted: drop its document and ignore it from now on."""
    _deleting.set(_deleting.get() | {resource_id})
    SearchDocument.objects.filter(resource_id=resource_id).delete()


def forgotten(resource_id: int) -> None:
    """Called once a resource is deleted: its id may be used again."""
    _deleting.set(_deleting.get() - {resource_id})


def sync(ids: Iterable[int]) -> None:
    ids = set(ids) - _deleting.get()
    if not ids:
        return
    with transaction.atomic():
        found = set()
        for resource in _published_for_index().filter(id__in=ids):
            SearchDocument.objects.update_or_create(resource=resource, defaults=document_fields(resource))
            found.add(resource.id)
        SearchDocument.objects.filter(resource_id__in=ids - found).delete()


def schedule(ids: Iterable[int]) -> None:
    pending = _pending.get()
    if pending is None:
        sync(ids)
    else:
        pending.update(ids)


@contextmanager
def deferred() -> Iterator[None]:
    """Collect index updates and apply them once when the block ends (nested blocks join)."""
    if _pending.get() is not None:
        yield
        return
    token = _pending.set(set())
    try:
        yield
        ids = _pending.get() or set()
    finally:
        _pending.reset(token)
    sync(ids)


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Rebuild every document from the catalogue; returns how many are indexed."""
    count = 0
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        batch: list[SearchDocument] = []
        for resource in _published_for_index().order_by("id").iterator(chunk_size=CHUNK):
            batch.append(SearchDocument(resource=resource, **document_fields(resource)))
            if len(batch) >= CHUNK:
                SearchDocument.objects.bulk_create(batch)
                count += len(batch)
                batch = []
                if progress:
                    progress(count)
        SearchDocument.objects.bulk_create(batch)
        count += len(batch)
        if progress:
            progress(count)
        get_backend().rebuild()
    return count


def drift() -> list[str]:
    """What differs between the catalogue and the index; empty when they agree."""
    problems = []
    published = set(Resource.objects.published().values_list("id", flat=True))
    indexed = set(SearchDocument.objects.values_list("resource_id", flat=True))
    if missing := published - indexed:
        problems.append(f"{len(missing)} published resource(s) not indexed: ids {sorted(missing)[:20]}")
    if extra := indexed - published:
        problems.append(f"{len(extra)} indexed document(s) not published: ids {sorted(extra)[:20]}")
    documents = {d.resource_id: d for d in SearchDocument.objects.filter(resource_id__in=published & indexed)}
    stale = [
        resource.id
        for resource in _published_for_index().filter(id__in=documents)
        if tuple(document_fields(resource).values()) != documents[resource.id].as_tuple()
    ]
    if stale:
        problems.append(f"{len(stale)} document(s) out of date: ids {sorted(stale)[:20]}")
    return problems + get_backend().integrity_problems()
