"""Copies of the catalogue that ingestion keeps in its process, and when they are out of date.

Every document is checked against the organisations (names, acronyms, aliases), the topic and
country vocabularies and the titles of labelled resources. Reading them again for every document
was most of its fixed cost, so each process keeps a copy, stamped with:

- a number per part in the database (``KnownVersion``), raised once a change to it commits, in
  whichever process it happens (the signals below; connected in ``IngestConfig.ready``);
- the highest organisation and resource ids, since rows created in bulk send no signal.

``stamp()`` reads all of them in one small query; ``cached`` builds a copy again when its part
of the stamp has moved. Inside ``checking()`` (one document's analysis) the stamp is read once.
Writes that send no signal at all (``QuerySet.update``, raw SQL) are seen once a copy is
``MAX_AGE`` seconds old. Inside a transaction nothing is kept (what is read there may yet be rolled
back): every call builds afresh.

Resource saves that leave the title, type, status and provenance alone raise nothing (an ingestion
touches its new record's ``updated_at``); a new resource is found by its id, not a raised number.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save

from lantern.lib.sql import table

log = logging.getLogger(__name__)

PARTS = ("organisations", "topics", "countries", "titles")
TITLE_FIELDS = frozenset({"title", "type", "status", "provenance"})
MAX_AGE = 600  # seconds; bounds how long a write that sends no signal goes unseen

_kept: dict[str, tuple[tuple, float, object]] = {}  # name -> (key, built at, value)
_current: ContextVar[Stamp | None] = ContextVar("lantern_ingest_stamp", default=None)


@dataclass(frozen=True)
class Stamp:
    numbers: dict[str, int] = field(default_factory=dict)  # part -> its number in the database
    max_organisation: int = 0
    max_resource: int = 0

    def key(self, *parts: str) -> tuple:
        return tuple(self.numbers.get(part, 0) for part in parts)


# --- reading -------------------------------------------------------------------------------------
def stamp() -> Stamp | None:
    """The catalogue's stamp now; None inside a transaction (keep nothing) or before migrations."""
    if connection.in_atomic_block:
        return None
    if (current := _current.get()) is not None:
        return current
    return _read()


def _read() -> Stamp | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute(_stamp_sql(connection.vendor), PARTS)
            row = cursor.fetchone()
    except DatabaseError:
        return None
    numbers = {part: number or 0 for part, number in zip(PARTS, row[2:], strict=True)}
    return Stamp(numbers, row[0] or 0, row[1] or 0)


@functools.lru_cache(maxsize=4)
def _stamp_sql(vendor: str) -> str:
    """The stamp's query, one per database vendor (built once: building it per read would be a large
    share of a read's time)."""
    from lantern.catalog.models import Organisation, Resource
    from lantern.ingest.models import KnownVersion

    organisations, resources, versions = table(Organisation), table(Resource), table(KnownVersion)
    # Table names only, no user input; raw because the ORM would cost more than the query.
    parts = ", ".join(f"(SELECT number FROM {versions} WHERE name = %s)" for _part in PARTS)  # noqa: S608
    return f"SELECT (SELECT MAX(id) FROM {organisations}), (SELECT MAX(id) FROM {resources}), {parts}"  # noqa: S608


@contextlib.contextmanager
def checking() -> Iterator[None]:
    """Read the stamp once for everything inside (one document's analysis; a checking() inside
    another one keeps the outer one's stamp)."""
    if _current.get() is not None:
        yield
        return
    token = _current.set(None if connection.in_atomic_block else _read())
    try:
        yield
    finally:
        _current.reset(token)


def cached(name: str, build: Callable[[], object], *parts: str, organisations: bool = False) -> object:
    """``build()``, kept while ``parts`` of the stamp (and, with ``organisations``, the highest
    organisation id) stay the same and for at most MAX_AGE seconds."""
    now = stamp()
    if now is None:
        return build()
    key = (*now.key(*parts), now.max_organisation if organisations else 0)
    value = kept(name, key)
    if value is None:
        value = build()
        keep(name, key, value)
    return value


def kept(name: str, key: tuple) -> object | None:
    """The copy called ``name`` if it was kept under ``key`` less than MAX_AGE seconds ago."""
    found = _kept.get(name)
    if found is not None and found[0] == key and time.monotonic() - found[1] < MAX_AGE:
        return found[2]
    return None


def keep(name: str, key: tuple, value: object) -> None:
    _kept[name] = (key, time.monotonic(), value)


def forget() -> None:
    """Drop every copy (tests, or after writes that send no signal)."""
    _kept.clear()


# --- writing -------------------------------------------------------------------------------------
def _bump(part: str) -> None:
    from lantern.ingest.models import KnownVersion

    try:
        if not KnownVersion.objects.filter(name=part).update(number=F("number") + 1):
            KnownVersion.objects.get_or_create(name=part, defaults={"number": 1})
    except DatabaseError:  # e.g. during `migrate`, before the table exists
        log.debug("Known version of %s not raised", part, exc_info=True)


_BUMPS = {part: (lambda part=part: _bump(part)) for part in PARTS}


def changed(part: str) -> None:
    """Raise the part's number once the transaction commits (once per transaction, not once per
    row of an import); at once outside one. Copies are only kept outside transactions, so this
    process, too, reads the new number before its next document."""
    bump = _BUMPS[part]
    if not connection.in_atomic_block:
        bump()
    elif not any(func is bump for _sids, func, _robust in connection.run_on_commit):
        transaction.on_commit(bump, robust=True)


def _vocabulary_changed(part: str):
    def receiver(**_kwargs) -> None:
        changed(part)

    return receiver


def _resource_saved(sender, instance, created=False, update_fields=None, **_kwargs) -> None:
    if created or (update_fields is not None and not TITLE_FIELDS & set(update_fields)):
        return
    changed("titles")


def _resource_deleted(**_kwargs) -> None:
    changed("titles")


def connect() -> None:
    from lantern.catalog.models import Country, Organisation, Resource, Topic

    for part, model in (("organisations", Organisation), ("topics", Topic), ("countries", Country)):
        receiver = _vocabulary_changed(part)
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"ingest_known_{part}_saved")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"ingest_known_{part}_deleted")
    post_save.connect(_resource_saved, sender=Resource, dispatch_uid="ingest_known_titles_saved")
    post_delete.connect(_resource_deleted, sender=Resource, dispatch_uid="ingest_known_titles_deleted")
