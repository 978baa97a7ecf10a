"""Every change to a resource, recorded as a revision with a readable diff, and restorable.

Revisions hold the canonical record (``catalog.records.to_record``), so a restore writes an
earlier record back through the same ``RecordWriter`` that imports use.
"""

from __future__ import annotations

import difflib

from django.db import transaction
from django.db.models import Max, OuterRef, Subquery
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from lantern.catalog.models import Resource
from lantern.catalog.records import records_of, records_queryset, to_record
from lantern.catalog.signals import resource_changed, resources_changed
from lantern.catalog.writer import RecordWriter
from lantern.curation.models import Revision

IGNORED = {"created_at", "updated_at"}


def snapshot(resource: Resource) -> dict:
    fresh = records_queryset(Resource.objects.filter(pk=resource.pk)).get()
    return {k: v for k, v in to_record(fresh).items() if k not in IGNORED}


def diff(before: dict, after: dict) -> list[dict]:
    return [
        {"field": name, "before": before.get(name), "after": after.get(name)}
        for name in after
        if before.get(name) != after.get(name)
    ]


def record(resource: Resource, user=None, source: str = "") -> Revision | None:
    """Store a revision if the resource differs from its last one; returns it (or None)."""
    with transaction.atomic():
        state = snapshot(resource)
        last = resource.revisions.order_by("-number").first()
        changes = diff(last.snapshot if last else {}, state)
        if last and not changes:
            return None
        number = (resource.revisions.aggregate(n=Max("number"))["n"] or 0) + 1
        return Revision.objects.create(
            resource=resource,
            number=number,
            user=user if getattr(user, "pk", None) else None,
            source=source[:120],
            snapshot=state,
            changes=changes if last else [],
        )


def record_many(resources: list[Resource], user=None, source: str = "") -> int:
    """``record`` for a batch of resources with a few queries for all of them (a bulk import);
    returns how many revisions were stored."""
    ids = [r.pk for r in resources]
    states = {
        pk: {k: v for k, v in record.items() if k not in IGNORED}
        for pk, record in records_of(Resource.objects.filter(pk__in=ids)).items()
    }
    latest = Revision.objects.filter(resource_id=OuterRef("resource_id")).order_by("-number").values("number")[:1]
    lasts = {
        r.resource_id: r
        for r in Revision.objects.filter(resource_id__in=ids, number=Subquery(latest)).only(
            "resource_id", "number", "snapshot"
        )
    }
    revisions = []
    for rid, state in states.items():
        last = lasts.get(rid)
        changes = diff(last.snapshot if last else {}, state)
        if last and not changes:
            continue
        revisions.append(
            Revision(
                resource_id=rid,
                number=(last.number if last else 0) + 1,
                user=user if getattr(user, "pk", None) else None,
                source=source[:120],
                snapshot=state,
                changes=changes if last else [],
            )
        )
    Revision.objects.bulk_create(revisions)
    return len(revisions)


def restore(revision: Revision, user=None) -> list[str]:
    """Write an earlier revision back onto its resource; the restore is itself a revision.
    Returns the names of the fields it changed."""
    return write_back(revision.snapshot, revision.resource, user=user, source=f"restore {revision.number}")


# Files are kept as they are (restoring metadata never deletes a file); the dates are the database's.
NOT_WRITTEN_BACK = {"files", "created_at", "updated_at"}
LINKS = ("translation_of", "superseded_by", "part_of")


def write_back(record: dict, resource: Resource, user=None, source: str = "") -> list[str]:
    """Make ``resource`` hold exactly the values of ``record`` (a snapshot): a value the snapshot
    leaves empty is emptied too (an ISBN, a date or a link added later goes), not kept as an
    import would keep it. Returns the names of the fields that changed."""
    with transaction.atomic():
        before = snapshot(resource)
        wanted = {k: v for k, v in record.items() if k not in NOT_WRITTEN_BACK}
        _clear_what_imports_keep(resource, wanted)
        _set_links(resource, wanted)
        plain = {k: v for k, v in wanted.items() if k not in LINKS}
        RecordWriter().write(plain, resource=resource, user=user, source=source)
        resource.refresh_from_db()
        after = snapshot(resource)
    return [name for name in after if before.get(name) != after.get(name)]


def pending(record: dict, resource: Resource) -> list[dict]:
    """What ``write_back`` of ``record`` would change: field, value now, value restored."""
    now = snapshot(resource)
    return [
        {"field": name, "before": now.get(name), "after": record.get(name)}
        for name in record
        if name not in NOT_WRITTEN_BACK and _text(now.get(name)) != _text(record.get(name))
    ]


def _clear_what_imports_keep(resource: Resource, record: dict) -> None:
    """An import leaves a field alone when its record gives no value; a restore empties it."""
    from lantern.catalog.models import Identifier

    for scheme in ("doi", "isbn"):
        if scheme in record and not str(record[scheme] or "").strip():
            Identifier.objects.filter(resource=resource, scheme=scheme).delete()
    if "date" in record and not record["date"]:
        Resource.objects.filter(pk=resource.pk).update(published_date=None, date_precision="")
        resource.published_date, resource.date_precision = None, ""


def _set_links(resource: Resource, record: dict) -> None:
    """Links to other resources, as the snapshot had them; a link to a resource since deleted is left as it is."""
    values = {}
    for name in LINKS:
        if name not in record:
            continue
        slug = str(record[name] or "")
        target = Resource.objects.filter(slug=slug).exclude(pk=resource.pk).values_list("pk", flat=True).first()
        if not slug or target is not None:
            values[f"{name}_id"] = target
    if values:
        Resource.objects.filter(pk=resource.pk).update(**values)
        for field, value in values.items():
            setattr(resource, field, value)


def readable(revision: Revision) -> SafeString:
    """The changes as an HTML table (escaped), with word-level diffs for long text."""
    return readable_changes(revision.changes, empty="First version.")


def readable_changes(changes: list[dict], empty: str = "Nothing to change.") -> SafeString:
    rows = []
    for change in changes:
        before, after = _text(change["before"]), _text(change["after"])
        if len(before) > 80 or len(after) > 80:
            cell = _word_diff(before, after)
        else:
            cell = f"<del>{escape(before)}</del> → <ins>{escape(after)}</ins>"
        rows.append(f"<tr><th scope='row'>{escape(change['field'])}</th><td>{cell}</td></tr>")
    return mark_safe(f"<table>{''.join(rows)}</table>" if rows else f"<p>{escape(empty)}</p>")  # noqa: S308 - escaped


def _text(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _word_diff(before: str, after: str) -> str:
    a, b = before.split(), after.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape(" ".join(a[i1:i2])))
        if op in {"delete", "replace"}:
            out.append(f"<del>{escape(' '.join(a[i1:i2]))}</del>")
        if op in {"insert", "replace"}:
            out.append(f"<ins>{escape(' '.join(b[j1:j2]))}</ins>")
    return " ".join(out)


# Bulk loads are checked in batch (`lantern duplicates --flag`, `lantern check-quality`), not row by row.
BATCH_SOURCES = ("import", "demo", "harvest")


def _on_change(sender, resource, user=None, source="", **kwargs) -> None:
    record(resource, user=user, source=source)
    if not source.startswith(BATCH_SOURCES) and resource.status != Resource.Status.WITHDRAWN:
        from lantern.curation import duplicates

        duplicates.flag(duplicates.for_resource(resource))


def _on_bulk_change(sender, resources, user=None, source="", **kwargs) -> None:
    record_many(resources, user=user, source=source)
    if not source.startswith(BATCH_SOURCES):
        from lantern.curation import duplicates

        ids = [r.pk for r in resources if r.status != Resource.Status.WITHDRAWN]
        duplicates.flag(duplicates.for_resources(ids))


def connect() -> None:
    resource_changed.connect(_on_change, dispatch_uid="curation_history")
    resources_changed.connect(_on_bulk_change, dispatch_uid="curation_history_bulk")
