"""Keeping the search documents in step with the catalogue.

``schedule(ids)`` refreshes the documents of those resources, immediately or, inside
``deferred()``, once at the end (bulk imports). A resource that is not ``published()`` has
no document, so nothing unpublished can be found. ``rebuild()`` and ``drift()`` serve
``lantern reindex`` and ``lantern reindex --check``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction

from lantern.catalog import versions
from lantern.catalog.models import Resource
from lantern.search import documents, engine, passages, spelling
from lantern.search.backends import database_backend, get_backend
from lantern.search.models import SearchChunk, SearchDocument

_pending: ContextVar[set[int] | None] = ContextVar("lantern_search_pending", default=None)
# Resources being deleted: their cascade must not re-create the document it is removing.
_deleting: ContextVar[frozenset[int]] = ContextVar("lantern_search_deleting", default=frozenset())
CHUNK = 500
ANALYZE_AFTER = 1000  # resources changed at once
VECTOR_REFRESH = 1000  # resources whose new vectors are published to searching processes at once


def _write_chunks(resources: list[documents.IndexedResource]) -> None:
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
        metadata = passages.compose_metadata(
            resource.title, resource.teaser, resource.summary, resource.description, [t.name for t in resource.topics]
        )
        for position, chunk in enumerate(passages.split(metadata, resource.pages)):
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
        vocabulary = documents.Vocabulary()
        before = {
            rid: spelling.word_set(texts)
            for rid, *texts in SearchDocument.objects.filter(resource_id__in=ids).values_list(
                "resource_id", "title", "abstract", "meta", "body"
            )
        }
        counts: Counter[str] = Counter()
        found = documents.load(ids, vocabulary)
        new = []
        for resource in found:
            fields = documents.document_fields(resource)
            facets = documents.document_facets(resource, vocabulary)
            if resource.id in before:
                SearchDocument.objects.update_or_create(resource_id=resource.id, defaults={**fields, "facets": facets})
            else:  # a batch's new documents are inserted together
                new.append(SearchDocument(resource_id=resource.id, facets=facets, **fields))
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
        versions.changed()  # documents and words written in bulk send no signal


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
        with database_backend().rewriting():
            SearchDocument.objects.all().delete()
            published = Resource.objects.published()
            SearchChunk.objects.exclude(resource_id__in=published.values("id")).delete()
            terms = documents.Vocabulary()
            ids = list(published.order_by("id").values_list("id", flat=True))
            for start in range(0, len(ids), CHUNK):
                batch = documents.load(ids[start : start + CHUNK], terms)
                rows = []
                for resource in batch:
                    fields = documents.document_fields(resource)
                    vocabulary.add(fields.values())
                    rows.append(
                        SearchDocument(
                            resource_id=resource.id, facets=documents.document_facets(resource, terms), **fields
                        )
                    )
                SearchDocument.objects.bulk_create(rows)
                _write_chunks(batch)
                count += len(batch)
                if progress:
                    progress(count)
            if progress and not ids:
                progress(0)
            vocabulary.save()
            versions.changed("vocabulary")
        if engine.enabled():
            engine.rebuild()
    _analyze()
    return count


def _analyze() -> None:
    """Refresh the query planner's statistics after a bulk change. SQLite keeps none on its own
    and, without them, reads every published row through the status index to find twenty by id;
    PostgreSQL's autovacuum catches up later, but until then it walked every publisher's links to
    list the publishers of twenty resources (figures in docs/search.md)."""
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
    vocabulary, both, stale = documents.Vocabulary(), sorted(published & indexed), []
    for start in range(0, len(both), CHUNK):
        stored = {d.resource_id: d for d in SearchDocument.objects.filter(resource_id__in=both[start : start + CHUNK])}
        stale += [
            resource.id
            for resource in documents.load(stored, vocabulary)
            if (*documents.document_fields(resource).values(), documents.document_facets(resource, vocabulary))
            != stored[resource.id].as_tuple()
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
