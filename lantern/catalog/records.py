"""The canonical record: one flat dict per resource, shared by export, import, CLI and API.

``to_record`` serialises; ``RecordWriter.write`` validates a record and creates or updates a
resource from it, raising ``RecordError`` (with every problem found) and writing nothing when
the record is bad. Only the fields present in a record are written, and a value given is kept
as given.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils.text import slugify

from lantern.catalog import identifiers
from lantern.catalog.models import (
    Attachment,
    Collection,
    Country,
    Identifier,
    Language,
    Organisation,
    Person,
    Resource,
    ResourceAuthor,
    ResourcePublisher,
    Series,
    Topic,
)
from lantern.catalog.signals import resource_changed, resources_changed
from lantern.lib.confine import ConfinementError, confined_file, open_confined
from lantern.lib.files import sha256_of
from lantern.lib.text import unique_slug

LIST_FIELDS = ("topics", "countries", "languages", "publishers", "authors", "collections", "files")
FIELDS = (
    "slug",
    "title",
    "teaser",
    "summary",
    "description",
    "type",
    "topics",
    "countries",
    "languages",
    "publishers",
    "authors",
    "date",
    "year",
    "source_url",
    "doi",
    "isbn",
    "licence",
    "files",
    "status",
    "withdrawn_reason",
    "featured",
    "collections",
    "series",
    "edition",
    "translation_of",
    "superseded_by",
    "part_of",
)
EXPORT_FIELDS = tuple(f for f in FIELDS if f != "year") + ("created_at", "updated_at")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


class RecordError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


# --- out ---------------------------------------------------------------------------------------
def to_record(resource: Resource) -> dict:
    """The canonical record of one resource (ids are not part of it: slugs link records)."""
    ids = {i.scheme: i.value for i in resource.identifiers.all()}
    return {
        "slug": resource.slug,
        "title": resource.title,
        "teaser": resource.teaser,
        "summary": resource.summary,
        "description": resource.description,
        "type": resource.type,
        "topics": [t.slug for t in resource.topics.all()],
        "countries": [c.code for c in resource.countries.all()],
        "languages": [lang.code for lang in resource.languages.all()],
        "publishers": [link.organisation.name for link in resource.publisher_links.all()],
        "authors": [link.person.name for link in resource.author_links.all()],
        "date": resource.date_iso,
        "source_url": resource.source_url,
        "doi": ids.get("doi", ""),
        "isbn": ids.get("isbn", ""),
        "licence": resource.licence,
        "files": [_file_record(a) for a in resource.attachments.all()],
        "status": resource.status,
        "withdrawn_reason": resource.withdrawn_reason,
        "featured": resource.featured,
        "collections": [c.slug for c in resource.collections.all()],
        "series": resource.series.slug if resource.series else "",
        "edition": resource.edition,
        "translation_of": resource.translation_of.slug if resource.translation_of else "",
        "superseded_by": resource.superseded_by.slug if resource.superseded_by else "",
        "part_of": resource.part_of.slug if resource.part_of else "",
        "created_at": resource.created_at.isoformat() if resource.created_at else "",
        "updated_at": resource.updated_at.isoformat() if resource.updated_at else "",
    }


def citation_record(resource: Resource, record: dict | None = None) -> dict:
    """The canonical record as citation managers read it: topics by name (their keywords), not slug.

    Imports read names and slugs alike, so an exported reference comes back to the same topics."""
    record = to_record(resource) if record is None else record
    return {**record, "topics": [t.name for t in resource.topics.all()]}


def _file_record(attachment: Attachment) -> dict:
    return {
        "name": attachment.filename,
        "url": attachment.url,
        "path": attachment.file.name if attachment.file else "",
        "label": attachment.label,
        "media_type": attachment.media_type,
        "size": attachment.size,
        "pages": attachment.page_count,
        "sha256": attachment.sha256,
    }


def records_queryset(queryset=None):
    queryset = queryset if queryset is not None else Resource.objects.all()
    return queryset.select_related("series", "translation_of", "superseded_by", "part_of").prefetch_related(
        "identifiers",
        "topics",
        "countries",
        "languages",
        "collections",
        "attachments",
        "publisher_links__organisation",
        "author_links__person",
    )


# --- in ----------------------------------------------------------------------------------------
def parse_date(value) -> tuple[dt.date | None, str]:
    """ "2017" → (2017-01-01, year); "2017-10" → month; "2017-10-03" → day. Raises ValueError."""
    text = str(value).strip()
    if not text:
        return None, ""
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date = dt.date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"date {text!r} is not a real date ({exc})") from exc
    if not 1800 <= year <= dt.date.today().year + 1:
        raise ValueError(f"year {year} is out of range (1800 to next year)")
    return date, ("day" if day else "month" if month else "year")


def as_list(value) -> list:
    """Lists may come as JSON arrays or, from CSV, as "a; b; c"."""
    if value is None or value == "":
        return []
    if isinstance(value, list | tuple):
        return [v for v in value if v not in (None, "")]
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return [value]


def as_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "y"}:
        return True
    if text in {"", "0", "false", "no", "n"}:
        return False
    raise ValueError(f"{value!r} is not true or false")


@dataclass
class Lookups:
    """Caches of vocabulary look-ups for a batch of records."""

    topics: dict[str, Topic] = field(default_factory=dict)

    def topic(self, value: str) -> Topic | None:
        key = value.strip().lower()
        if key not in self.topics:
            self.topics[key] = Topic.objects.filter(
                Q(slug=slugify(key)) | Q(name__iexact=key) | Q(name_fr__iexact=key) | Q(name_es__iexact=key)
            ).first()
        return self.topics[key]

    countries: dict[str, Country | None] = field(default_factory=dict)
    languages: dict[str, Language | None] = field(default_factory=dict)

    def country(self, value: str) -> Country | None:
        key = value.strip().lower()
        if key not in self.countries:
            self.countries[key] = Country.objects.filter(Q(code__iexact=key) | Q(name__iexact=key)).first()
        return self.countries[key]

    def language(self, value: str) -> Language | None:
        key = value.strip().lower()
        if key not in self.languages:
            self.languages[key] = Language.objects.filter(Q(code__iexact=key) | Q(name__iexact=key)).first()
        return self.languages[key]

    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)

    def organisation(self, name: str) -> Organisation:
        """Match by name, acronym or alias; create the organisation when none matches."""
        name = " ".join(name.split())
        if name not in self.organisations:
            self.organisations[name] = Organisation.objects.named(name) or Organisation.objects.create(name=name[:200])
        return self.organisations[name]

    def person(self, name: str) -> Person:
        name = " ".join(name.split())[:200]
        if name not in self.people:
            self.people[name] = Person.objects.filter(name__iexact=name).first() or Person.objects.create(name=name)
        return self.people[name]

    def add_names(self, organisations: Iterable[str], people: Iterable[str]) -> None:
        """Look up the names not seen yet, then create together those no one has (a bulk insert
        sends no ``post_save``: a new name has no resources for the index to refresh)."""
        names = {" ".join(n.split()) for n in organisations} - set(self.organisations)
        found = {name: Organisation.objects.named(name) for name in sorted(names)}
        self.organisations |= {name: org for name, org in found.items() if org is not None}
        self.organisations |= _create_named(Organisation, [n for n, org in found.items() if org is None])
        names = {" ".join(n.split())[:200] for n in people} - set(self.people)
        found = {name: Person.objects.filter(name__iexact=name).first() for name in sorted(names)}
        self.people |= {name: person for name, person in found.items() if person is not None}
        self.people |= _create_named(Person, [n for n, person in found.items() if person is None])

    def forget_names(self) -> None:
        """After a rollback: organisations and people created inside it are gone."""
        self.organisations.clear()
        self.people.clear()


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
        links: dict[type, list] = {}
        for plan in plans:
            resource = plan.resource
            for name in ("topics", "countries", "languages"):
                m2m = getattr(Resource, name)
                mine, theirs = m2m.field.m2m_field_name(), m2m.field.m2m_reverse_field_name()
                links.setdefault(m2m.through, []).extend(
                    m2m.through(**{mine: resource, theirs: item}) for item in plan.related.get(name, [])
                )
            orgs = _unique(self.lookups.organisation(n) for n in plan.related.get("publishers", []))
            links.setdefault(ResourcePublisher, []).extend(
                ResourcePublisher(resource=resource, organisation=o, position=i) for i, o in enumerate(orgs)
            )
            people = _unique(self.lookups.person(n) for n in plan.related.get("authors", []))
            links.setdefault(ResourceAuthor, []).extend(
                ResourceAuthor(resource=resource, person=p, position=i) for i, p in enumerate(people)
            )
            links.setdefault(Identifier, []).extend(
                Identifier(resource=resource, scheme=scheme, value=value) for scheme, value in plan.ids
            )
        for model, rows in links.items():
            model.objects.bulk_create(rows, batch_size=500)
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
            plan.warnings += self._save_files(resource, plan.files)
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

        for name in (
            "title",
            "teaser",
            "summary",
            "description",
            "source_url",
            "licence",
            "edition",
            "withdrawn_reason",
            "slug",
        ):
            if name in record and record[name] is not None:
                setattr(
                    resource,
                    name,
                    " ".join(str(record[name]).split()) if name in {"title", "teaser"} else str(record[name]).strip(),
                )
        reported: set[str] = set()  # fields already explained; the model need not repeat them
        for name, choices in (("type", Resource.Type.values), ("status", Resource.Status.values)):
            if record.get(name):
                value = str(record[name]).strip().lower()
                if value in choices:
                    setattr(resource, name, value)
                else:
                    problems.append(f"{name} {value!r} is not one of: {', '.join(choices)}")
                    reported.add(name)
        if "featured" in record:
            try:
                resource.featured = as_bool(record["featured"])
            except ValueError as exc:
                problems.append(f"featured: {exc}")
        date_value = record.get("date") or record.get("year")
        if date_value not in (None, ""):
            try:
                resource.published_date, resource.date_precision = parse_date(date_value)
            except ValueError as exc:
                problems.append(str(exc))
        if "series" in record:
            slug = slugify(str(record["series"] or ""))
            resource.series = (
                Series.objects.get_or_create(slug=slug, defaults={"name": _name_from_slug(slug)})[0] if slug else None
            )

        related = self._resolve_relations(record, problems)
        ids = self._identifiers(record, problems)
        files = self._check_files(as_list(record["files"]), problems) if "files" in record else None
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
    def _resolve_relations(self, record: dict, problems: list[str]) -> dict[str, list]:
        related: dict[str, list] = {}
        lookups = {"topics": self.lookups.topic, "countries": self.lookups.country, "languages": self.lookups.language}
        labels = {"topics": "topic", "countries": "country code", "languages": "language code"}
        for name, lookup in lookups.items():
            if name not in record:
                continue
            found = []
            for value in as_list(record[name]):
                item = lookup(str(value))
                if item is None:
                    problems.append(f"unknown {labels[name]} {value!r}")
                elif item not in found:
                    found.append(item)
            related[name] = found
        for name in ("publishers", "authors"):
            if name in record:
                related[name] = [str(v) for v in as_list(record[name]) if str(v).strip()]
                if any(len(v) > 200 for v in related[name]):
                    problems.append(f"{name}: a name is longer than 200 characters")
        if "collections" in record:
            related["collections"] = [slugify(str(v)) for v in as_list(record["collections"]) if slugify(str(v))]
        return related

    def _identifiers(self, record: dict, problems: list[str]) -> list[tuple[str, str]]:
        found = []
        for scheme in ("doi", "isbn"):
            value = str(record.get(scheme) or "").strip()
            if value:
                try:
                    found.append((scheme, identifiers.normalize(scheme, value)))
                except ValueError as exc:
                    problems.append(str(exc))
        return found

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
                Collection.objects.get_or_create(slug=slug, defaults={"name": _name_from_slug(slug)})[0]
                for slug in related["collections"]
            ]
            resource.collections.set(collections)

    def _check_files(self, files: list, problems: list[str]) -> list[tuple[dict, Path | None]]:
        """Each entry as a spec, with the confined local file it names (None for a link).

        A name that escapes the import's folder, or names what is not a regular file, is a
        problem of the row (nothing is written); a file simply missing is skipped with a warning.
        """
        checked = []
        for entry in files:
            if isinstance(entry, dict):
                spec = entry
            else:
                text = str(entry)
                spec = {"url" if text.startswith(("http://", "https://")) else "path": text}
            name, local = str(spec.get("path") or ""), None
            if name and self.base_dir is not None:
                try:
                    local = _confined(self.base_dir, name)
                except FileNotFoundError:
                    local = None
                except ConfinementError as exc:
                    problems.append(str(exc))
                    continue
            checked.append((spec, local))
        return checked

    def _save_files(self, resource: Resource, files: list[tuple[dict, Path | None]]) -> list[str]:
        warnings = []
        for position, (spec, local) in enumerate(files):
            url, path = str(spec.get("url") or ""), str(spec.get("path") or "")
            digest = str(spec.get("sha256") or "")
            if digest and resource.attachments.filter(sha256=digest).exists():
                continue  # already attached (a re-import of an export)
            if local is not None:
                warnings += self._save_local_file(resource, local, spec, position)
            elif url:
                try:
                    url = identifiers.normalize_url(url)
                except ValueError as exc:
                    warnings.append(f"file skipped: {exc}")
                    continue
                Attachment.objects.update_or_create(
                    resource=resource,
                    url=url,
                    file="",
                    defaults={
                        "filename": str(spec.get("name") or url.rsplit("/", 1)[-1])[:255],
                        "label": str(spec.get("label") or "")[:200],
                        "media_type": str(spec.get("media_type") or mimetypes.guess_type(url)[0] or "")[:100],
                        "size": _int_or_none(spec.get("size")),
                        "page_count": _int_or_none(spec.get("pages")),
                        "sha256": str(spec.get("sha256") or "")[:64],
                        "position": position,
                    },
                )
            elif path and self.base_dir is None:
                warnings.append(f"file {path!r} not read: files are read by path only from an import file's folder")
            elif path:
                warnings.append(f"file {path!r} not found next to the import file; skipped")
        return warnings

    def _save_local_file(self, resource: Resource, path: Path, spec: dict, position: int) -> list[str]:
        with open_confined(path) as stream:
            digest, size = sha256_of(stream)
            if resource.attachments.filter(sha256=digest).exists():
                return []
            stream.seek(0)
            attachment = Attachment(
                resource=resource,
                filename=path.name,
                label=str(spec.get("label") or "")[:200],
                media_type=str(spec.get("media_type") or mimetypes.guess_type(path.name)[0] or ""),
                size=size,
                sha256=digest,
                page_count=_int_or_none(spec.get("pages")),
                position=position,
            )
            attachment.file.save(path.name, File(stream), save=False)
            attachment.save()
        return []


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


def _confined(base_dir: Path, name: str) -> Path:
    """A file beside the import file, never one of the hub's own data (secret key, database, indexes)."""
    path = confined_file(base_dir, name, max_bytes=settings.LANTERN_INGEST_MAX_FILE_MB * 1024 * 1024)
    data_dir, media = Path(settings.DATA_DIR).resolve(), Path(settings.MEDIA_ROOT).resolve()
    if path.is_relative_to(data_dir) and not path.is_relative_to(media):
        raise ConfinementError(f"file {name!r}: inside the hub's data directory, which imports never read")
    return path


def _create_named(model: type[Organisation] | type[Person], names: list[str]) -> dict[str, Organisation | Person]:
    """One new organisation or person for each of ``names``, inserted together, with the slugs
    their ``save`` would give; names differing only in case are one (as ``iexact`` finds them)."""
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(name.lower(), name)
    if not first:
        return {}
    bases = {unique_slug(name, lambda s: False) for name in first.values()}
    used = set(model.objects.filter(slug__in=bases).values_list("slug", flat=True))

    def taken(slug: str) -> bool:
        return slug in used or (slug not in bases and model.objects.filter(slug=slug).exists())

    made = {}
    for key, name in first.items():
        made[key] = model(name=name[:200], slug=unique_slug(name, taken))
        used.add(made[key].slug)
    model.objects.bulk_create(made.values())
    return {name: made[name.lower()] for name in names}


def _unique(items: Iterable) -> list:
    seen, result = set(), []
    for item in items:
        if item.pk not in seen:
            seen.add(item.pk)
            result.append(item)
    return result


def _int_or_none(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _name_from_slug(slug: str) -> str:
    return slug.replace("-", " ").strip().capitalize()
