"""Keeping the search documents in step with the catalogue.

``schedule(ids)`` refreshes the documents of those resources, immediately or, inside
``deferred()``, once at the end (bulk imports). A resource that is not ``published()`` has
no document, so nothing unpublished can be found. ``rebuild()`` and ``drift()`` serve
``lantern reindex`` and ``lantern reindex --check``.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from lantern.catalog.models import Page, Resource, Topic
from lantern.lib.text import clean_text, html_to_text
from lantern.search import engine, passages, spelling
from lantern.search.backends import database_backend, get_backend
from lantern.search.models import SearchChunk, SearchDocument

_pending: ContextVar[set[int] | None] = ContextVar("lantern_search_pending", default=None)
# Resources being deleted: their cascade must not re-create the document it is removing.
_deleting: ContextVar[frozenset[int]] = ContextVar("lantern_search_deleting", default=frozenset())
CHUNK = 500
ANALYZE_AFTER = 1000  # resources changed at once
VECTOR_REFRESH = 1000  # resources whose new vectors are published to searching processes at once
MAX_BODY_CHARS = 2_000_000  # the indexed text of one resource, files included


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


@functools.cache
def _type_names() -> dict[str, str]:
    """Each resource type's name as indexed: in English, whatever language the process serves."""
    with translation.override("en"):
        return {value: str(label) for value, label in Resource.Type.choices}


def document_fields(resource: Resource) -> dict[str, str]:
    """The four weighted texts of one resource (its relations prefetched)."""
    meta: list[str] = [_type_names().get(resource.type, resource.type)]
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
    if resource.published_date:  # "NRM statistics 2024": a year typed is often the year published
        meta.append(str(resource.published_date.year))
    body = [html_to_text(resource.description), *(text for _, _, text in _page_texts(resource))]
    return {
        "title": clean_text(resource.title),
        "abstract": clean_text(f"{resource.teaser}\n{resource.summary}"),
        "meta": clean_text("\n".join(m for m in meta if m)),
        "body": clean_text("\n".join(t for t in body if t))[:MAX_BODY_CHARS],
    }


def topic_parents() -> dict[int, tuple[str, int | None]]:
    """Every topic: id → (slug, parent id); read once per batch of documents."""
    return {tid: (slug, parent) for tid, slug, parent in Topic.objects.values_list("id", "slug", "parent_id")}


def document_facets(resource: Resource, parents: dict[int, tuple[str, int | None]]) -> dict:
    """What the engine filters and counts one resource by (its relations prefetched)."""
    path: list[str] = []
    for topic in resource.topics.all():
        node, seen = topic.id, set()
        while node is not None and node not in seen and node in parents:
            seen.add(node)
            slug, node = parents[node]
            if slug not in path:
                path.append(slug)
    countries = list(resource.countries.all())
    region_keys = {slugify(name) for c in countries for name in (c.region, c.subregion) if name}
    return {
        "type": [resource.type],
        "topic": [topic.slug for topic in resource.topics.all()],
        "topic_path": path,
        "country": [c.code for c in countries],
        "region": sorted({c.region for c in countries if c.region}),
        "region_key": sorted(region_keys),
        "publisher": [link.organisation.slug for link in resource.publisher_links.all()],
        "language": [language.code for language in resource.languages.all()],
        "collection": [collection.slug for collection in resource.collections.all()],
        "date": resource.published_date.isoformat() if resource.published_date else None,
    }


def _page_texts(resource: Resource) -> list[tuple[int, int, str]]:
    """(attachment id, page number, text) of every page ingestion stored for the resource."""
    cache = getattr(resource, "_search_pages", None)
    if cache is None:
        cache = list(
            Page.objects.filter(attachment__resource_id=resource.id)
            .exclude(text="")
            .order_by("attachment__position", "attachment_id", "number")
            .values_list("attachment_id", "number", "text")
        )
        resource._search_pages = cache
    return cache


def _prefetch_pages(resources: list[Resource]) -> None:
    """Load the page texts of a batch of resources in one query (not one per resource)."""
    found: dict[int, list[tuple[int, int, str]]] = {r.id: [] for r in resources}
    rows = (
        Page.objects.filter(attachment__resource_id__in=list(found))
        .exclude(text="")
        .order_by("attachment__resource_id", "attachment__position", "attachment_id", "number")
        .values_list("attachment__resource_id", "attachment_id", "number", "text")
    )
    for resource_id, attachment_id, number, text in rows.iterator(chunk_size=2000):
        found[resource_id].append((attachment_id, number, text))
    for resource in resources:
        resource._search_pages = found[resource.id]


def _write_chunks(resources: list[Resource]) -> None:
    """Replace the passages of these resources, keeping vectors of passages whose text is unchanged."""
    ids = [r.id for r in resources]
    kept = {
        (rid, digest): vector
        for rid, digest, vector in SearchChunk.objects.filter(resource_id__in=ids)
        .exclude(vector=None)
        .values_list("resource_id", "digest", "vector")
    }
    SearchChunk.objects.filter(resource_id__in=ids).delete()
    rows = []
    for resource in resources:
        for position, chunk in enumerate(passages.split(resource, _page_texts(resource))):
            digest = passages.digest(chunk.text)
            rows.append(
                SearchChunk(
                    resource_id=resource.id,
                    attachment_id=chunk.attachment_id,
                    page=chunk.page,
                    position=position,
                    text=chunk.text,
                    digest=digest,
                    vector=kept.get((resource.id, digest)),
                )
            )
    SearchChunk.objects.bulk_create(rows, batch_size=500)


def forget(resource_id: int) -> None:
    """Called before a resource is deleted: drop its document and ignore it from now on."""
    _deleting.set(_deleting.get() | {resource_id})
    SearchDocument.objects.filter(resource_id=resource_id).delete()
    SearchChunk.objects.filter(resource_id=resource_id).delete()
    engine.queue([resource_id])


def forgotten(resource_id: int) -> None:
    """Called once a resource is deleted: its id may be used again."""
    _deleting.set(_deleting.get() - {resource_id})


def sync(ids: Iterable[int]) -> None:
    ids = set(ids) - _deleting.get()
    if not ids:
        return
    with transaction.atomic():
        parents = topic_parents()
        before = {
            rid: spelling.word_set(texts)
            for rid, *texts in SearchDocument.objects.filter(resource_id__in=ids).values_list(
                "resource_id", "title", "abstract", "meta", "body"
            )
        }
        counts: Counter[str] = Counter()
        found = list(_published_for_index().filter(id__in=ids))
        _prefetch_pages(found)
        new = []
        for resource in found:
            fields = document_fields(resource)
            facets = document_facets(resource, parents)
            if resource.id in before:
                SearchDocument.objects.update_or_create(resource=resource, defaults={**fields, "facets": facets})
            else:  # a batch's new documents are inserted together
                new.append(SearchDocument(resource=resource, facets=facets, **fields))
            now, then = spelling.word_set(fields.values()), before.get(resource.id, set())
            counts.update(now - then)
            counts.subtract(then - now)
        SearchDocument.objects.bulk_create(new, batch_size=500)
        _write_chunks(found)
        gone = ids - {r.id for r in found}
        for rid in gone & set(before):
            counts.subtract(before[rid])
        spelling.count_changes(counts)
        if found:
            transaction.on_commit(_embed_later)
        SearchDocument.objects.filter(resource_id__in=gone).delete()
        SearchChunk.objects.filter(resource_id__in=gone).delete()
        engine.queue(ids)


def _embed_later() -> None:
    """New or changed passages get their vectors from the worker (``lantern worker``); search
    finds them by their words meanwhile. Bulk commands compute them at once (``embed_now``)."""
    from lantern.search import semantic, tasks

    if semantic.enabled() and pending_vectors():
        tasks.embed_passages.enqueue()


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
    if len(ids) >= ANALYZE_AFTER:  # a bulk import: the planner's statistics are out of date
        _analyze()


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Rebuild every document from the catalogue; returns how many are indexed."""
    count = 0
    vocabulary = spelling.Counter()
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        published = Resource.objects.published()
        SearchChunk.objects.exclude(resource_id__in=published.values("id")).delete()
        batch: list[Resource] = []
        parents = topic_parents()

        def flush() -> None:
            _prefetch_pages(batch)
            documents = []
            for resource in batch:
                fields = document_fields(resource)
                vocabulary.add(fields.values())
                documents.append(SearchDocument(resource=resource, facets=document_facets(resource, parents), **fields))
            SearchDocument.objects.bulk_create(documents)
            _write_chunks(batch)

        for resource in _published_for_index().order_by("id").iterator(chunk_size=CHUNK):
            batch.append(resource)
            if len(batch) >= CHUNK:
                flush()
                count += len(batch)
                batch = []
                if progress:
                    progress(count)
        flush()
        count += len(batch)
        if progress:
            progress(count)
        vocabulary.save()
        database_backend().rebuild()
        if engine.enabled():
            engine.rebuild()
    _analyze()
    return count


def _analyze() -> None:
    """Refresh the query planner's statistics after a bulk change. SQLite keeps none on its own
    and, without them, reads every published row through the status index to find twenty by id;
    PostgreSQL's autovacuum catches up later, but until then it walked every publisher's links to
    list the publishers of twenty resources (157 ms at 100,000; 3 ms after ANALYZE)."""
    from django.db import connection

    if connection.vendor in {"sqlite", "postgresql"}:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def embed_pending(batch_size: int = 64, progress: Callable[[int, int], None] | None = None) -> int:
    """Compute the vectors of passages that have none; returns how many were computed.

    For the background worker after ingestion (after ``schedule``) and for ``lantern reindex``.
    Does nothing when semantic search is off. Safe to run in several processes: each batch is
    written only where the passage still has no vector.
    """
    from lantern.search import semantic

    if not semantic.enabled():
        return 0
    todo = SearchChunk.objects.filter(vector=None)
    total = todo.count()
    done = 0
    touched: set[int] = set()
    while True:
        rows = list(todo.order_by("id").values_list("id", "resource_id", "text")[:batch_size])
        if rows:
            vectors = semantic.encode([text for _, _, text in rows])
            with transaction.atomic():  # one short write per batch, not one per passage
                for (chunk_id, resource_id, _), vector in zip(rows, vectors, strict=True):
                    SearchChunk.objects.filter(id=chunk_id, vector=None).update(vector=semantic.to_bytes(vector))
                    touched.add(resource_id)
            done += len(rows)
            if progress:
                progress(done, total)
        # Searching processes reload their vectors when the engine's passage index commits:
        # every ~1,000 resources, and at the end.
        if touched and (not rows or len(touched) >= VECTOR_REFRESH):
            engine.queue(touched)
            touched = set()
        if not rows:
            return done


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
    parents = topic_parents()
    stale = [
        resource.id
        for resource in _published_for_index().filter(id__in=documents)
        if (*document_fields(resource).values(), document_facets(resource, parents))
        != documents[resource.id].as_tuple()
    ]
    if stale:
        problems.append(f"{len(stale)} document(s) out of date: ids {sorted(stale)[:20]}")
    chunked = set(SearchChunk.objects.values_list("resource_id", flat=True).distinct())
    if unchunked := published - chunked:
        problems.append(f"{len(unchunked)} published resource(s) without passages: ids {sorted(unchunked)[:20]}")
    if stray := chunked - published:
        problems.append(f"{len(stray)} resource(s) with passages but not published: ids {sorted(stray)[:20]}")
    problems += database_backend().integrity_problems()
    if engine.enabled():
        problems += get_backend().integrity_problems()
    return problems


def pending_vectors() -> int:
    """Passages still waiting for a vector (not drift: the worker or ``lantern reindex`` fills them)."""
    return SearchChunk.objects.filter(vector=None).count()


def embed_now(show_progress: bool, stream=None) -> int:
    """Compute every missing passage vector now, for a command that must leave its records fully
    searchable (semantic and cross-lingual search included) when it returns; a progress bar on
    ``stream`` when ``show_progress``. Returns how many were computed (0 with semantic search off)."""
    from tqdm import tqdm

    from lantern.search import semantic

    pending = pending_vectors() if semantic.enabled() else 0
    if not pending:
        return 0
    with tqdm(total=pending, desc="Semantic vectors", unit=" passages", disable=not show_progress, file=stream) as bar:
        return embed_pending(progress=lambda n, total: bar.update(n - bar.n))
