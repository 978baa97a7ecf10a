"""The catalogue's version: the one number every cache and per-process copy of the catalogue keys on.

- ``version()`` goes up after every committed change to the catalogue, in whichever process it
  happens. Each app says which of its models change it (``follow``): the catalogue's own here
  (``connect``), search documents and the thesaurus in ``search``, redirects and link checks in
  ``curation``. Writers that send no model signal (bulk inserts, a rebuild of the search index)
  call ``changed()`` themselves. Pages (``lantern.public.pagecache``) and the offline copy key on
  it.
- ``changed(*parts)`` also names what changed: each part has a number of its own,
  raised with the version. A copy that is costly to build names the parts it is made from
  (``cached(name, build, *parts)``): when the version moves it is looked at again, and built
  again only if one of its parts moved, else brought up to date by its ``refresh`` (new titles,
  new words) or kept as it is. An ingestion saves a resource every few seconds; that moves the
  version, not the organisations directory every document is checked against.
- Numbers are raised once the transaction commits (a copy made from the old data under the new
  number would be kept), once per transaction however many rows it writes. Inside a transaction
  that has changed the catalogue, copies are kept under that transaction's own changes: never
  seen outside it, never again after it commits or rolls back.
- ``reading()`` reads the numbers once for everything inside it (one query understood, one
  document analysed) instead of at every look-up.
- A write that tells nothing (raw SQL, ``QuerySet.update`` without ``changed()``) is seen once a
  copy is ``MAX_AGE`` seconds old, and by the page cache when its pages expire.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

from lantern.lib.sql import table

log = logging.getLogger(__name__)

CATALOGUE = "catalogue"
# The parts with numbers of their own, and what raises each: (organisations, topics, countries,
# languages) a save or delete of the model; (titles) a change to a resource's title, type, status
# or provenance; (vocabulary) a rebuild of the search index's word counts; (thesaurus) an entry
# saved or deleted.
TITLE_FIELDS = frozenset({"title", "type", "status", "provenance"})
MAX_AGE = 600  # seconds; bounds how long a write that tells nothing goes unseen by a copy

_reading: ContextVar[tuple[dict[str, int] | None] | None] = ContextVar("lantern_versions", default=None)
_generations = itertools.count(1)


# --- reading -------------------------------------------------------------------------------------
def numbers() -> dict[str, int] | None:
    """The version and every part's number; None when they cannot be read (not migrated yet)."""
    held = _reading.get()
    return held[0] if held is not None else _read()


def version() -> int | None:
    """The catalogue's version; None when it cannot be read."""
    now = numbers()
    return None if now is None else now.get(CATALOGUE, 0)


def _read() -> dict[str, int] | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute(_select(connection.vendor))
            return dict(cursor.fetchall())
    except DatabaseError:
        return None


@functools.lru_cache(maxsize=4)
def _select(vendor: str) -> str:
    from lantern.catalog.models import CatalogueVersion

    # Raw and constant: this runs on every cached page view, where the ORM costs more than the query.
    return f"SELECT name, number FROM {table(CatalogueVersion)}"  # noqa: S608 - a table name, no input


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """Read the numbers once for everything inside (an inner ``reading()`` keeps the outer one's)."""
    if _reading.get() is not None:
        yield
        return
    token = _reading.set((_read(),))
    try:
        yield
    finally:
        _reading.reset(token)


# --- raising -------------------------------------------------------------------------------------
class _Pending:
    """The names a transaction has changed, raised when it commits (registered once, as itself)."""

    def __init__(self, using: str) -> None:
        self.using = using
        self.names: set[str] = set()
        self.generation = 0

    def __call__(self) -> None:
        bump(*self.names, using=self.using)


def _pending(using: str = DEFAULT_DB_ALIAS) -> _Pending | None:
    """This connection's uncommitted changes, if its transaction has made any."""
    conn = connections[using]
    pending = getattr(conn, "lantern_versions_pending", None)
    if pending is None or not conn.in_atomic_block:
        return None
    return pending if any(func is pending for _sids, func, _robust in conn.run_on_commit) else None


def changed(*parts: str, using: str = DEFAULT_DB_ALIAS) -> None:
    """Raise the version, and these parts' numbers, once the transaction commits (at once outside one)."""
    conn = connections[using]
    if not conn.in_atomic_block:
        bump(*parts, using=using)
        return
    pending = _pending(using)
    if pending is None:
        pending = conn.lantern_versions_pending = _Pending(using)
        transaction.on_commit(pending, using=using, robust=True)
    pending.names.update((CATALOGUE, *parts))
    pending.generation = next(_generations)


def bump(*parts: str, using: str = DEFAULT_DB_ALIAS) -> None:
    """Raise the version and these parts' numbers now (committed at once outside a transaction)."""
    from lantern.catalog.models import CatalogueVersion

    names = sorted({CATALOGUE, *parts})
    rows = CatalogueVersion.objects.using(using)
    try:
        if rows.filter(name__in=names).update(number=F("number") + 1) < len(names):
            for name in names:  # a new part, or a database emptied under us (tests)
                rows.get_or_create(name=name, defaults={"number": 1})
    except DatabaseError:  # e.g. during `migrate`, before the table exists
        log.debug("Catalogue version not raised", exc_info=True)


# --- copies kept in this process ----------------------------------------------------------------
@dataclass
class _Kept:
    version: int | tuple  # a tuple: made inside a transaction, under its own changes
    parts: tuple[int, ...]
    at: float
    value: object


_kept: dict[str, _Kept] = {}


def cached(
    name: str, build: Callable[[], object], *parts: str, refresh: Callable[[object], None] | None = None
) -> object:
    """``build()``, kept in this process until the version moves; with ``parts``, until one of them
    moves, the copy being passed to ``refresh`` (if given) each time the version moves without them;
    and for at most MAX_AGE seconds. ``name`` is the copy's in the whole process: begin it with
    the app's ("search.vocabulary")."""
    now = numbers()
    if now is None:
        return build()
    current: int | tuple = now.get(CATALOGUE, 0)
    if (pending := _pending()) is not None:  # under this transaction's changes, savepoints included
        current = (now.get(CATALOGUE, 0), pending.generation, tuple(connection.savepoint_ids))
    detail = tuple(now.get(part, 0) for part in parts)
    kept = _kept.get(name)
    if kept is not None and time.monotonic() - kept.at < MAX_AGE:
        if kept.version == current:
            return kept.value
        if parts and kept.parts == detail and isinstance(current, int) and isinstance(kept.version, int):
            if refresh is not None:
                refresh(kept.value)
            kept.version = current
            return kept.value
    value = build()
    _kept[name] = _Kept(current, detail, time.monotonic(), value)
    return value


def forget() -> None:
    """Drop every copy (tests, whose databases come and go while the numbers start again)."""
    _kept.clear()


# --- what raises them ----------------------------------------------------------------------------
def follow(model, *parts: str, deletes: bool = True) -> None:
    """Raise the version (and ``parts``) whenever a row of ``model`` is saved or, with ``deletes``,
    deleted. (Listening to deletes turns off Django's fast bulk delete for the model: not for the
    many pages of a document or the link-check log, whose deletes come with other changes.)"""

    def receiver(**_kwargs) -> None:
        changed(*parts)

    uid = f"versions_{model._meta.label_lower}"
    post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}_saved")
    if deletes:
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"{uid}_deleted")


def _resource_saved(sender, instance, created=False, update_fields=None, **_kwargs) -> None:
    retitled = not created and (update_fields is None or bool(TITLE_FIELDS & set(update_fields)))
    changed(*(("titles",) if retitled else ()))


def _resource_deleted(**_kwargs) -> None:
    changed("titles")


def _changed(**_kwargs) -> None:
    changed()


def connect() -> None:
    """The catalogue's changes raise the version (called from CatalogConfig.ready)."""
    from django.apps import apps
    from django_tasks.signals import task_finished

    from lantern.catalog.signals import resource_changed, resources_changed

    own_parts = {"organisation": "organisations", "topic": "topics", "country": "countries", "language": "languages"}
    for model in apps.get_app_config("catalog").get_models():
        name = model._meta.model_name
        if name == "resource":
            post_save.connect(_resource_saved, sender=model, dispatch_uid="versions_resource_saved")
            post_delete.connect(_resource_deleted, sender=model, dispatch_uid="versions_resource_deleted")
        elif name != "catalogueversion":
            follow(model, *((own_parts[name],) if name in own_parts else ()), deletes=name != "page")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(_changed, sender=field.remote_field.through, dispatch_uid=f"versions_{field}")
    resource_changed.connect(_changed, dispatch_uid="versions_resource_changed")
    resources_changed.connect(_changed, dispatch_uid="versions_resources_changed")  # bulk inserts
    # Background work (passage vectors, ingestion) writes some things with bulk SQL.
    task_finished.connect(_changed, dispatch_uid="versions_task_finished")
