"""The writer every arrival goes through: ``RecordWriter`` creates or updates resources from
canonical records (``lantern.catalog.records``), one at a time or in batches.

A record is validated whole and written all or nothing, raising ``RecordError`` with every problem
found. Only the fields present in a record are written, and a value given is kept as given.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.text import slugify

from lantern.catalog import identifiers
from lantern.catalog.lookups import Lookups
from lantern.catalog.models import Collection, Identifier, Resource, ResourceAuthor, ResourcePublisher
from lantern.catalog.record_fields import apply_values, name_from_slug, record_identifiers, relations
from lantern.catalog.record_files import check_files, save_files
from lantern.catalog.records import FIELDS, RecordError, as_list
from lantern.catalog.signals import resource_changed, resources_changed
from lantern.lib import sql


@dataclass
class WriteResult:
    resource: Resource
    created: bool
    warnings: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)  # translation_of / superseded_by slugs to resolve


class RecordWriter:
    """Creates or updates resources from canonical records.

    ``base_dir`` is where relative file paths in ``files`` are looked up. ``default_status``
    applies to new resources whose record names no status.
    """

    def __init__(
        self,
        base_dir: Path | None = None,
        default_status: str = Resource.Status.DRAFT,
        provenance: str = Resource.Provenance.IMPORT,
        provenance_detail: str = "",
    ):
        self.base_dir = base_dir
        self.default_status = default_status
        self.provenance = provenance
        self.provenance_detail = provenance_detail
        self.lookups = Lookups()

    def find_existing(self, record: dict) -> Resource | None:
        if slug := str(record.get("slug") or "").strip():
            # A slug is the record's identity: it names this resource or a new one.
            return Resource.objects.filter(slug=slug).first()
        url = str(record.get("source_url") or "").strip()
        if url and (found := Resource.objects.filter(source_url=url).first()):
            return found
        if doi := str(record.get("doi") or "").strip():
            try:
                doi = identifiers.normalize_doi(doi)
            except ValueError:
                return None
            return Resource.objects.filter(identifiers__scheme="doi", identifiers__value=doi).first()
        return None

    def write(self, record: dict, resource: Resource | None = None, user=None, source: str = "") -> WriteResult:
        """Validate and save one record, all or nothing.

        ``resource`` names the resource to update (otherwise the record's identity decides);
        ``user`` and ``source`` say who made the change and how, for the history.
        """
        try:
            with transaction.atomic():
                result = self._write(record, resource)
                resource_changed.send(
                    sender=Resource, resource=result.resource, user=user, source=source or self.provenance
                )
                return result
        except BaseException:
            self.lookups.forget_names()
            raise

    def write_many(
        self, records: list[dict], user=None, source: str = "", deadline: float | None = None
    ) -> list[WriteResult | RecordError]:
        """``write`` for each record, in order, each all or nothing; the result of each, or its error.

        New records (no existing resource has their slug, source URL or DOI; no files, series or
        collections) are validated one by one, then inserted together with their relations, a few
        queries for the batch instead of some thirty a record, and announced by one
        ``resources_changed``. Every other record goes through ``write``, after the new records
        before it. Call it inside a transaction: the batch's records are committed together.
        With a ``deadline`` (``time.monotonic()``), no record is started after it: the results are
        then fewer than the records (the first ones), and the caller writes the rest later.
        """
        batch = _NewRecords(self, records)
        results: list[WriteResult | RecordError | None] = [None] * len(records)
        for position, record in enumerate(records):
            if deadline is not None and position and time.monotonic() >= deadline:
                del results[position:]
                break
            record = {k: v for k, v in record.items() if k in FIELDS}
            if batch.must_write_alone(record):
                self._insert(batch, results, user, source)
                try:
                    result = results[position] = self.write(record, user=user, source=source)
                except RecordError as exc:
                    results[position] = exc
                    continue
                batch.taken(result.resource.slug, result.resource.source_url, _identity(record)[2])
                continue
            try:
                batch.add(position, self._prepare(record, None, slug_taken=batch.slug_taken))
            except RecordError as exc:
                results[position] = exc
        self._insert(batch, results, user, source)
        return results  # type: ignore[return-value] - every position is filled

    def _insert(self, batch: _NewRecords, results: list, user, source: str) -> None:
        """Insert the batch's prepared new records; on a database error, write them one by one."""
        plans = batch.take()
        if not plans:
            return
        try:
            with transaction.atomic():
                written = self._insert_plans([plan for _, plan in plans])
        except DatabaseError:
            self.lookups.forget_names()
            for position, plan in plans:
                try:
                    results[position] = self.write(plan.record, user=user, source=source)
                except RecordError as exc:
                    results[position] = exc
            return
        for (position, _), result in zip(plans, written, strict=True):
            results[position] = result
        resources_changed.send(
            sender=Resource, resources=[r.resource for r in written], user=user, source=source or self.provenance
        )

    def _insert_plans(self, plans: list[_Plan]) -> list[WriteResult]:
        resources = [plan.resource for plan in plans]
        self.lookups.add_names(
            (n for plan in plans for n in plan.related.get("publishers", [])),
            (n for plan in plans for n in plan.related.get("authors", [])),
        )
        Resource.objects.bulk_create(resources)
        # Link rows as plain tuples (a model instance each cost more than its insert).
        links: dict[tuple[type, tuple[str, ...]], list[tuple]] = {}
        for plan in plans:
            rid = plan.resource.pk
            for name in ("topics", "countries", "languages"):
                m2m = getattr(Resource, name)
                fields = (m2m.field.m2m_field_name(), m2m.field.m2m_reverse_field_name())
                links.setdefault((m2m.through, fields), []).extend(
                    (rid, item.pk) for item in plan.related.get(name, [])
                )
            orgs = _unique(self.lookups.organisation(n) for n in plan.related.get("publishers", []))
            links.setdefault((ResourcePublisher, ("resource", "organisation", "position")), []).extend(
                (rid, o.pk, i) for i, o in enumerate(orgs)
            )
            people = _unique(self.lookups.person(n) for n in plan.related.get("authors", []))
            links.setdefault((ResourceAuthor, ("resource", "person", "position")), []).extend(
                (rid, p.pk, i) for i, p in enumerate(people)
            )
            links.setdefault((Identifier, ("resource", "scheme", "value")), []).extend(
                (rid, scheme, value) for scheme, value in plan.ids
            )
        for (model, fields), rows in links.items():
            sql.insert(model, fields, rows)
        return [plan.result(created=True) for plan in plans]

    def _write(self, record: dict, target: Resource | None) -> WriteResult:
        record = {k: v for k, v in record.items() if k in FIELDS}
        existing = target or self.find_existing(record)
        plan = self._prepare(record, existing)
        resource = plan.resource
        resource.save()
        self._save_relations(resource, plan.related, record)
        for scheme, value in plan.ids:
            Identifier.objects.filter(resource=resource, scheme=scheme).exclude(value=value).delete()
            Identifier.objects.get_or_create(resource=resource, scheme=scheme, value=value)
        if plan.files is not None:
            plan.warnings += save_files(resource, plan.files, self.base_dir)
        return plan.result(created=existing is None)

    def _prepare(
        self, record: dict, existing: Resource | None, slug_taken: Callable[[str], bool] | None = None
    ) -> _Plan:
        """The resource as the record makes it, validated and not saved; ``RecordError`` with every
        problem otherwise. With ``slug_taken`` (a new record written in bulk) the resource is made
        ready for insertion (``Resource.prepare_for_save``) and its slug is not looked up again."""
        problems: list[str] = []
        resource = existing or Resource(
            status=self.default_status, provenance=self.provenance, provenance_detail=self.provenance_detail[:500]
        )
        if existing is None and not str(record.get("title") or "").strip():
            raise RecordError(["title is required"])
        reported = apply_values(resource, record, problems)
        related = relations(record, self.lookups, problems)
        ids = record_identifiers(record, problems)
        files = check_files(self.base_dir, as_list(record["files"]), problems) if "files" in record else None
        try:
            resource.full_clean(
                exclude=[*reported, *([] if resource.slug else ["slug"])],
                # In bulk the slug is known free: a taken one made the record an update.
                validate_unique=slug_taken is None,
                validate_constraints=slug_taken is None,
            )
        except ValidationError as exc:
            problems += [f"{name}: {' '.join(msgs)}" for name, msgs in exc.message_dict.items()]
        if problems:
            raise RecordError(problems)
        if slug_taken is not None:
            resource.prepare_for_save(slug_taken)
        links = {k: str(record[k] or "").strip() for k in ("translation_of", "superseded_by", "part_of") if k in record}
        return _Plan(record, resource, related, ids, files, links)

    def resolve_links(self, result: WriteResult) -> list[str]:
        """Set translation_of / superseded_by once every record of the batch exists."""
        problems = []
        resource = result.resource
        for name, slug in result.links.items():
            target = Resource.objects.filter(slug=slug).first() if slug else None
            if slug and target is None:
                problems.append(f"{name}: no resource with slug {slug!r}")
                continue
            if target is not None and target.pk == resource.pk:
                problems.append(f"{name}: a resource cannot point to itself")
                continue
            setattr(resource, f"{name}_id", target.pk if target else None)
        if result.links:
            resource.save(update_fields=["translation_of", "superseded_by", "part_of", "updated_at"])
            resource_changed.send(sender=Resource, resource=resource, user=None, source=self.provenance)
        return problems

    # helpers ---------------------------------------------------------------------------------
    def _save_relations(self, resource: Resource, related: dict[str, list], record: dict) -> None:
        for name in ("topics", "countries", "languages"):
            if name in related:
                getattr(resource, name).set(related[name])
        if "publishers" in related:
            orgs = _unique(self.lookups.organisation(n) for n in related["publishers"])
            ResourcePublisher.objects.filter(resource=resource).delete()
            ResourcePublisher.objects.bulk_create(
                [ResourcePublisher(resource=resource, organisation=o, position=i) for i, o in enumerate(orgs)]
            )
            if orgs:  # bulk_create sends no signals; the index must still see the names
                resource.save(update_fields=["updated_at"])
        if "authors" in related:
            people = _unique(self.lookups.person(n) for n in related["authors"])
            ResourceAuthor.objects.filter(resource=resource).delete()
            ResourceAuthor.objects.bulk_create(
                [ResourceAuthor(resource=resource, person=p, position=i) for i, p in enumerate(people)]
            )
            if people:
                resource.save(update_fields=["updated_at"])
        if "collections" in related:
            collections = [
                Collection.objects.get_or_create(slug=slug, defaults={"name": name_from_slug(slug)})[0]
                for slug in related["collections"]
            ]
            resource.collections.set(collections)


@dataclass
class _Plan:
    """A record validated and applied to its resource, not yet saved."""

    record: dict
    resource: Resource
    related: dict[str, list]
    ids: list[tuple[str, str]]
    files: list[tuple[dict, Path | None]] | None
    links: dict[str, str]
    warnings: list[str] = field(default_factory=list)

    def result(self, created: bool) -> WriteResult:
        return WriteResult(resource=self.resource, created=created, warnings=self.warnings, links=self.links)


def _identity(record: dict) -> tuple[str, str, str]:
    """The record's slug, source URL and normalised DOI, as ``find_existing`` reads them ('' if none)."""
    doi = str(record.get("doi") or "").strip()
    try:
        doi = identifiers.normalize_doi(doi) if doi else ""
    except ValueError:
        doi = ""
    return str(record.get("slug") or "").strip(), str(record.get("source_url") or "").strip(), doi


class _NewRecords:
    """The new records of one ``write_many`` waiting to be inserted, and which slugs, source URLs
    and DOIs are taken: by the database (read for the whole batch at once) or by those records.

    What is known taken may be more than what is (a resource written since may have changed its
    address): that only sends a record through ``write``, which looks for itself.
    """

    def __init__(self, writer: RecordWriter, records: list[dict]):
        self.pending: list[tuple[int, _Plan]] = []
        slugs, urls, dois = set(), set(), set()
        for record in records:
            slug, url, doi = _identity(record)
            title = " ".join(str(record.get("title") or "").split())
            slugs |= {s for s in (slug, slugify(title)[:100].strip("-")) if s}
            urls |= {url} - {""}
            dois |= {doi} - {""}
        self.known_slugs = slugs  # the slugs whose use the database was asked about
        self.slugs = set(Resource.objects.filter(slug__in=slugs).values_list("slug", flat=True)) if slugs else set()
        self.urls = set(Resource.objects.filter(source_url__in=urls).values_list("source_url", flat=True))
        self.dois = set(Identifier.objects.filter(scheme="doi", value__in=dois).values_list("value", flat=True))

    def slug_taken(self, slug: str) -> bool:
        if slug in self.slugs:
            return True
        return slug not in self.known_slugs and Resource.objects.filter(slug=slug).exists()

    def must_write_alone(self, record: dict) -> bool:
        """Whether the record may update a resource, or needs what bulk writing does not do."""
        if any(name in record for name in ("files", "series", "collections")):
            return True
        slug, url, doi = _identity(record)
        if slug:
            return slug in self.slugs
        return (url and url in self.urls) or (doi and doi in self.dois) or False

    def add(self, position: int, plan: _Plan) -> None:
        self.pending.append((position, plan))
        doi = next((value for scheme, value in plan.ids if scheme == "doi"), "")
        self.taken(plan.resource.slug, plan.resource.source_url, doi)

    def taken(self, slug: str, url: str, doi: str) -> None:
        self.slugs.add(slug)
        self.urls |= {url} - {""}
        self.dois |= {doi} - {""}

    def take(self) -> list[tuple[int, _Plan]]:
        pending, self.pending = self.pending, []
        return pending


def _unique(items: Iterable) -> list:
    seen, result = set(), []
    for item in items:
        if item.pk not in seen:
            seen.add(item.pk)
            result.append(item)
    return result
