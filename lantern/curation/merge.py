"""Merging a duplicate into the resource that stays, and undoing it.

The kept resource takes the curator's choice of field values; it gains every file,
identifier, publisher, author, topic, country, language and collection of the other; the
other's history is carried over; the other's address redirects to the kept one. The merged
resource is not deleted but withdrawn ("merged into …"), so an undo puts everything back.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from lantern.catalog.models import Attachment, Identifier, Resource, ResourceAuthor, ResourcePublisher
from lantern.catalog.signals import resource_changed
from lantern.catalog.writer import RecordWriter
from lantern.curation import history
from lantern.curation.models import Merge, Redirect, Revision

# Fields a curator chooses between; lists are joined instead.
CHOOSABLE = ("title", "teaser", "summary", "description", "type", "date", "source_url", "licence", "edition", "series")
JOINED = ("topics", "countries", "languages", "collections")


class MergeError(Exception):
    pass


def merge(kept: Resource, merged: Resource, take_from_merged: list[str] = (), user=None) -> Merge:
    """Merge ``merged`` into ``kept``. ``take_from_merged`` names the fields whose value the
    curator chose from the merged resource (the rest stay as the kept one has them)."""
    if kept.pk == merged.pk:
        raise MergeError("A resource cannot be merged into itself.")
    unknown = set(take_from_merged) - set(CHOOSABLE)
    if unknown:
        raise MergeError(f"These fields cannot be chosen: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        before = history.snapshot(kept)
        theirs = history.snapshot(merged)
        record = {name: theirs[name] for name in take_from_merged}
        for name in JOINED:
            record[name] = before[name] + [v for v in theirs[name] if v not in before[name]]
        moved = {
            "attachments": _move(Attachment.objects.filter(resource=merged).exclude(sha256__in=_hashes(kept)), kept),
            "identifiers": _move_identifiers(merged, kept),
            "publishers": _move_links(ResourcePublisher, "organisation", merged, kept),
            "authors": _move_links(ResourceAuthor, "person", merged, kept),
            "revisions": _move_revisions(merged, kept),
        }
        operation = Merge.objects.create(
            kept=kept, merged=merged, merged_status=merged.status, kept_before=before, moved=moved, user=user
        )
        RecordWriter().write(record, resource=kept, user=user, source="merge")
        withdrawn = {
            "status": Resource.Status.WITHDRAWN,
            "withdrawn_reason": f"Merged into “{kept.title}” ({kept.slug}).",
        }
        RecordWriter().write(withdrawn, resource=merged, user=user, source="merge")
        Redirect.objects.update_or_create(old_slug=merged.slug, defaults={"resource": kept, "merge": operation})
        Redirect.objects.filter(resource=merged).update(resource=kept)
        return operation


def undo(operation: Merge, user=None) -> None:
    """Put both resources back as they were before the merge."""
    if operation.undone_at:
        raise MergeError("This merge was already undone.")
    with transaction.atomic():
        kept, merged = operation.kept, operation.merged
        moved = operation.moved
        Attachment.objects.filter(pk__in=moved.get("attachments", [])).update(resource=merged)
        Identifier.objects.filter(pk__in=moved.get("identifiers", [])).update(resource=merged)
        for model, key in ((ResourcePublisher, "publishers"), (ResourceAuthor, "authors")):
            for link_id, position in moved.get(key, []):
                model.objects.filter(pk=link_id).update(resource=merged, position=position)
        returning = moved.get("revisions", [])
        if returning:  # revisions the merged resource gained since the merge go after its old ones
            top = max(number for _, number, _ in returning)
            for revision in merged.revisions.order_by("-number"):
                Revision.objects.filter(pk=revision.pk).update(number=revision.number + top)
        for revision_id, number, source in returning:
            Revision.objects.filter(pk=revision_id).update(resource=merged, number=number, source=source)
        # Every field as it was, emptied ones too (a date taken from the merged resource goes).
        history.write_back(operation.kept_before, kept, user=user, source="undo merge")
        merged.status = operation.merged_status
        merged.withdrawn_reason = ""
        merged.save()
        resource_changed.send(sender=Resource, resource=merged, user=user, source="undo merge")
        operation.redirects.all().delete()
        operation.undone_at = timezone.now()
        operation.save(update_fields=["undone_at"])


def _hashes(resource: Resource) -> list[str]:
    return [h for h in resource.attachments.values_list("sha256", flat=True) if h]


def _move(queryset, kept: Resource) -> list[int]:
    ids = list(queryset.values_list("pk", flat=True))
    queryset.model.objects.filter(pk__in=ids).update(resource=kept)
    return ids


def _move_identifiers(merged: Resource, kept: Resource) -> list[int]:
    have = set(kept.identifiers.values_list("scheme", "value"))
    ids = [i.pk for i in merged.identifiers.all() if (i.scheme, i.value) not in have]
    Identifier.objects.filter(pk__in=ids).update(resource=kept)
    return ids


def _move_links(model, field: str, merged: Resource, kept: Resource) -> list[tuple[int, int]]:
    have = set(model.objects.filter(resource=kept).values_list(f"{field}_id", flat=True))
    start = (model.objects.filter(resource=kept).aggregate(n=Max("position"))["n"] or 0) + 1
    moved = []
    for offset, link in enumerate(model.objects.filter(resource=merged).exclude(**{f"{field}_id__in": have})):
        model.objects.filter(pk=link.pk).update(resource=kept, position=start + offset)
        moved.append((link.pk, link.position))
    return moved


def _move_revisions(merged: Resource, kept: Resource) -> list[tuple[int, int, str]]:
    """The merged resource's history joins the kept one's, numbered after it."""
    start = kept.revisions.aggregate(n=Max("number"))["n"] or 0
    moved = []
    for offset, revision in enumerate(merged.revisions.order_by("number"), start=1):
        Revision.objects.filter(pk=revision.pk).update(
            resource=kept, number=start + offset, source=f"from {merged.slug}"[:120]
        )
        moved.append((revision.pk, revision.number, revision.source))
    return moved
