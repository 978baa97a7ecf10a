"""Signals the catalogue sends; other apps (curation's history) listen, so imports point down."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.dispatch import Signal

# Sent once a resource and all its relations have been saved by a curator, an import, an
# ingestion or the API. Arguments: resource, user (or None), source (a short label: "admin",
# "import", "ingest", "api", "restore", "merge"…).
resource_changed = Signal()

# Sent by a bulk writer (``RecordWriter.write_many``) once for the new resources it inserted
# together, in place of what each would have sent: Django's model signals (no ``post_save`` or
# ``m2m_changed`` is sent for rows inserted in bulk) and ``resource_changed``. Arguments:
# resources (a list, relations saved), user (or None), source. The search index, the history
# and the page cache listen.
resources_changed = Signal()

# Sent by a bulk writer (an import, a harvest) once the resources it wrote are saved and
# searchable (check=True), and by an ingestion job's report (check=False: its resource was checked
# when it was saved). Arguments: ids, source, check. Each receiver returns a list of notes (dicts)
# for the report the writer prints: curation answers with the likely duplicates, editions,
# translations and parts among them, which it also puts in the review queue.
resources_arrived = Signal()


def arrival_notes(ids: Iterable[int], source: str, check: bool = True) -> list[dict]:
    """What the receivers of ``resources_arrived`` say about these resources, for a report."""
    ids = sorted(set(ids))
    notes: list[dict] = []
    if ids:
        for _receiver, answer in resources_arrived.send(sender=None, ids=ids, source=source, check=check):
            notes += answer or []
    return notes


def describe(note: dict) -> str:
    """One line of a report for one note: 'possible duplicate: "A" (a-slug) ~ "B" (b-slug): why'."""
    mine, theirs = note["resource"], note["other"]
    return (
        f"possible {note['kind']}: \u201c{mine['title']}\u201d ({mine['slug']}) ~ "
        f"\u201c{theirs['title']}\u201d ({theirs['slug']}): {'; '.join(note['reasons'])}"
    )


@contextmanager
def written() -> Iterator[set[int]]:
    """The ids of the resources a writer saves inside the block (``resource_changed``, ``resources_changed``)."""
    ids: set[int] = set()

    def collect(sender, resource=None, resources=(), **kwargs) -> None:
        ids.update(r.pk for r in (resource, *resources) if r is not None)

    uid = f"written-{id(ids)}"
    resource_changed.connect(collect, weak=False, dispatch_uid=uid)
    resources_changed.connect(collect, weak=False, dispatch_uid=uid)
    try:
        yield ids
    finally:
        resource_changed.disconnect(dispatch_uid=uid)
        resources_changed.disconnect(dispatch_uid=uid)
