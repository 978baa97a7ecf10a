"""Running ingestion jobs: claim atomically, record steps, retry transient failures, write all or nothing.

Any process may run a job — a ``lantern worker`` through the task queue, ``lantern ingest
--wait`` for its own jobs, a test through the immediate backend — because a job is only run
by whoever claims its row (one conditional UPDATE). A job whose worker died is claimable
again once its heartbeat is older than ``LANTERN_INGEST_LEASE_SECONDS``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.db import IntegrityError, OperationalError, transaction
from django.db.models import F, Q
from django.utils import timezone

from lantern.catalog.lookups import Lookups
from lantern.catalog.models import Attachment, Identifier, Language, Page, Resource, ResourceAuthor, ResourcePublisher
from lantern.catalog.signals import resource_changed
from lantern.ingest import pipeline
from lantern.ingest.errors import IngestError
from lantern.ingest.models import IngestedFile, IngestJob, Suggestion
from lantern.ingest.sources import url as url_source
from lantern.ingest.sources.base import Limits
from lantern.lib.files import sha256_of
from lantern.lib.text import truncate_words

logger = logging.getLogger(__name__)
PAGE_BATCH = 500
Status = IngestJob.Status


# --- creating and queueing ---------------------------------------------------------------------
def create(
    source: str, *, path: str = "", url: str = "", upload=None, user=None, review_only: bool = False
) -> IngestJob:
    """Queue a document. ``review_only`` (a visitor's suggestion): its record is never published unreviewed."""
    job = IngestJob(source=source[:2000], path=path, url=url, created_by=user, suggested=review_only)
    if upload is not None:
        job.upload.save(Path(upload.name).name, upload, save=False)
    job.save()
    enqueue(job)
    return job


def report(job: IngestJob) -> dict:
    """A job as the CLI (``--json``) and the API report it: its status, warnings or error, the
    record it made (the same fields as ``lantern export``), what ingestion suggested and what the
    record may duplicate (flagged for review when it was saved)."""
    from lantern.catalog.records import records_queryset, to_record
    from lantern.catalog.signals import arrival_notes

    data = job.as_dict()
    data["record"] = to_record(records_queryset().get(pk=job.resource_id)) if job.resource_id else None
    data["suggestions"] = [s.as_dict() for s in job.suggestions.all()] if job.resource_id else []
    data["duplicates"] = arrival_notes([job.resource_id], "ingest", check=False) if job.resource_id else []
    return data


def enqueue(job: IngestJob) -> None:
    """Hand the job to the task backend once the surrounding transaction commits."""
    from lantern.ingest.tasks import ingest_job

    def send() -> None:
        task = ingest_job
        if job.run_after > timezone.now() and task.get_backend().supports_defer:
            task = task.using(run_after=job.run_after)
        task.enqueue(job.pk)

    if type(ingest_job.get_backend()).__name__ == "ImmediateBackend":
        send()  # runs here and now, in this transaction (tests, one-person set-ups)
    else:
        transaction.on_commit(send)


def lease_expired_before() -> dt.datetime:
    return timezone.now() - dt.timedelta(seconds=settings.LANTERN_INGEST_LEASE_SECONDS)


def claimable() -> Q:
    return Q(status__in=[Status.QUEUED, Status.RETRYING], run_after__lte=timezone.now()) | Q(
        status=Status.RUNNING, heartbeat_at__lt=lease_expired_before()
    )


def claim(job_id: int, worker: str) -> bool:
    """Take the job if nobody has it (or its worker has gone silent); atomic across processes."""
    now = timezone.now()
    taken = IngestJob.objects.filter(claimable(), pk=job_id).update(
        status=Status.RUNNING, worker=worker[:64], heartbeat_at=now, started_at=now, attempts=F("attempts") + 1
    )
    return taken == 1


def claimable_ids(limit: int = 100) -> list[int]:
    return list(IngestJob.objects.filter(claimable()).order_by("run_after", "id").values_list("id", flat=True)[:limit])


# --- running ------------------------------------------------------------------------------------
def run(job_id: int, worker: str = "") -> IngestJob | None:
    """Run the job if it can be claimed; returns it as it ends (None if it does not exist)."""
    worker = worker or f"{os.uname().nodename}:{os.getpid()}"
    if not claim(job_id, worker):
        return IngestJob.objects.filter(pk=job_id).first()
    job = IngestJob.objects.get(pk=job_id)
    job.steps, job.error, job.error_code = [], "", ""
    try:
        Runner(job).run()
    except IngestError as exc:
        _failed(job, exc.code, exc.message, transient=exc.transient)
    except OperationalError as exc:  # a busy or briefly unreachable database
        _failed(job, "database_busy", f"The database was busy: {exc}", transient=True)
    except Exception as exc:
        logger.exception("Ingestion job %s failed unexpectedly", job.pk)
        _failed(job, "internal_error", f"Unexpected error ({type(exc).__name__}): {exc}")
    return job


def _failed(job: IngestJob, code: str, message: str, transient: bool = False) -> None:
    job.error_code, job.error = code, message
    if transient and job.attempts < settings.LANTERN_INGEST_MAX_ATTEMPTS:
        delay = settings.LANTERN_INGEST_RETRY_SECONDS * 2 ** (job.attempts - 1)
        job.status = Status.RETRYING
        job.run_after = timezone.now() + dt.timedelta(seconds=delay)
        job.warnings = [*job.warnings, f"Attempt {job.attempts} failed ({message}); trying again in {delay} s."]
        job.save()
        enqueue(job)
        return
    job.status = Status.FAILED
    job.finished_at = timezone.now()
    job.save()


class Runner:
    """The steps of one job; each is timed and recorded on the job."""

    def __init__(self, job: IngestJob):
        self.job = job
        self.limits = Limits.from_settings()
        self.warnings: list[str] = []

    @contextmanager
    def step(self, name: str, progress: int):
        started = time.perf_counter()
        self._update(step=name)
        yield
        self.job.steps = [*self.job.steps, {"step": name, "seconds": round(time.perf_counter() - started, 3)}]
        self._update(progress=progress)

    def _update(self, **fields) -> None:
        for key, value in fields.items():
            setattr(self.job, key, value)
        self.job.heartbeat_at = timezone.now()
        names = [*fields, "heartbeat_at", "steps"]
        IngestJob.objects.filter(pk=self.job.pk, worker=self.job.worker).update(
            **{n: getattr(self.job, n) for n in names}
        )

    def page_progress(self, done: int, total: int) -> None:
        self._update(progress=10 + int(60 * done / max(total, 1)))

    def run(self) -> None:
        job = self.job
        with tempfile.TemporaryDirectory(prefix="lantern-ingest-") as scratch:
            with self.step("read", 10):
                local, name, media_type, charset, final_url = self._local_file(Path(scratch))
                size = local.stat().st_size
                if size > self.limits.max_bytes:
                    raise IngestError(
                        "too_large",
                        f"The file is {size / 1048576:.1f} MB; the limit is "
                        f"{settings.LANTERN_INGEST_MAX_FILE_MB} MB (LANTERN_INGEST_MAX_FILE_MB).",
                    )
                with local.open("rb") as stream:
                    job.sha256, _ = sha256_of(stream)
                self._update(sha256=job.sha256)
            if existing := _already_ingested(job.sha256):
                self._finish(Status.DUPLICATE, existing, [f"Already present as “{existing.title}” ({existing.slug})."])
                return
            with self.step("extract", 70):
                source, extracted = pipeline.read_bounded(
                    local,
                    self.limits,
                    name=name,
                    media_type=media_type,
                    charset=charset,
                    url=final_url,
                    progress=self.page_progress,
                )
                job.source_type = source.NAME
                self.warnings += extracted.warnings
            with self.step("analyse", 85):
                analysis = pipeline.analyse(extracted, _title_from_name(name))
                self.warnings += analysis.warnings
            with self.step("save", 100):
                try:
                    resource = save(job, local, name, final_url, extracted, analysis)
                except IntegrityError:  # another worker wrote the same file a moment ago
                    existing = _already_ingested(job.sha256)
                    if existing is None:
                        raise
                    self._finish(
                        Status.DUPLICATE, existing, [f"Already present as “{existing.title}” ({existing.slug})."]
                    )
                    return
            self._finish(Status.DONE, resource, self.warnings)

    def _finish(self, status: str, resource: Resource, warnings: list[str]) -> None:
        job = self.job
        job.status, job.resource, job.progress = status, resource, 100
        job.warnings = [*job.warnings, *warnings]
        job.finished_at = timezone.now()
        job.error, job.error_code = "", ""
        if job.upload:  # the document now lives on as the resource's attachment (or already did)
            job.upload.delete(save=False)
        job.save()

    def _local_file(self, scratch: Path) -> tuple[Path, str, str, str, str]:
        """(path, display name, media type, charset, final URL) of the document to read."""
        job = self.job
        if job.url:
            fetched = url_source.fetch(job.url, self.limits, scratch)
            return fetched.path, Path(fetched.url.split("?")[0]).name, fetched.media_type, fetched.charset, fetched.url
        if job.upload:
            try:
                return Path(job.upload.path), Path(job.upload.name).name, "", "", ""
            except (NotImplementedError, ValueError):  # storage without local paths: copy it here
                copy = scratch / Path(job.upload.name).name
                with job.upload.open("rb") as src, copy.open("wb") as out:
                    shutil.copyfileobj(src, out)
                return copy, copy.name, "", "", ""
        path = Path(job.path)
        if not path.is_file():
            raise IngestError("not_found", f"The file {job.path} does not exist (or is not a file).")
        return path, path.name, "", "", ""


def _already_ingested(digest: str) -> Resource | None:
    known = IngestedFile.objects.filter(sha256=digest).select_related("resource").first()
    if known:
        return known.resource
    attachment = Attachment.objects.filter(sha256=digest).select_related("resource").first()
    return attachment.resource if attachment else None


def _title_from_name(name: str) -> str:
    stem = Path(name).stem.replace("_", " ").replace("-", " ").strip()
    return " ".join(stem.split()).capitalize() or "Untitled document"


# --- writing ------------------------------------------------------------------------------------
def save(job: IngestJob, local: Path, name: str, final_url: str, extracted, analysis) -> Resource:
    """Write the resource, its file, pages and suggestions in one transaction (all or nothing),
    its search document brought up to date once, inside that transaction; passage vectors
    (semantic search) follow from the worker."""
    from lantern.search import index

    with transaction.atomic(), index.deferred():
        return _save(job, local, name, final_url, extracted, analysis)


def _save(job: IngestJob, local: Path, name: str, final_url: str, extracted, analysis) -> Resource:
    """The draft (or published) resource of one analysed document: record, people, suggestions, file, pages."""
    resource = _new_resource(job, final_url, analysis)
    IngestedFile.objects.create(sha256=job.sha256, resource=resource)  # unique: a concurrent twin fails here
    resource.languages.set(Language.objects.filter(code__in=analysis.languages))
    suggestions = _link_names(resource, analysis) + _found_suggestions(resource, analysis)
    for suggestion in suggestions:
        suggestion.resource, suggestion.job = resource, job
    Suggestion.objects.bulk_create(suggestions)
    attachment = _attach(resource, job, local, name, final_url, extracted)
    _save_pages(attachment, extracted, analysis)
    resource.save(update_fields=["updated_at"])
    source = "suggestion" if job.suggested else "ingest"
    resource_changed.send(sender=Resource, resource=resource, user=job.created_by, source=source)  # history, duplicates
    return resource


def _new_resource(job: IngestJob, final_url: str, analysis) -> Resource:
    types = [s for s in analysis.suggestions if s.field == "type"]
    auto = settings.LANTERN_INGEST_AUTO_PUBLISH and not job.suggested
    resource = Resource(
        title=analysis.title,
        teaser=truncate_words(analysis.teaser, 280),
        summary=analysis.summary,
        type=types[0].value if types else Resource.Type.REPORT,
        status=Resource.Status.PUBLISHED if auto else Resource.Status.REVIEW,
        provenance=Resource.Provenance.SUGGESTION if job.suggested else Resource.Provenance.INGEST,
        provenance_detail=job.source[:500],
        source_url=final_url[:1000] if final_url else "",
    )
    if analysis.date:
        resource.published_date, resource.date_precision = analysis.date.date, analysis.date.precision
    resource.save()
    return resource


def _link_names(resource: Resource, analysis) -> list[Suggestion]:
    """Publisher, authors and identifiers found in the document, linked; the publisher also as a suggestion."""
    lookups = Lookups()
    suggestions = []
    if analysis.publisher:
        organisation = analysis.publisher.organisation or lookups.organisation(analysis.publisher.name)
        ResourcePublisher.objects.create(resource=resource, organisation=organisation, position=0)
        known = analysis.publisher.organisation is not None
        suggestions.append(
            Suggestion(
                field=Suggestion.Field.PUBLISHER,
                value=organisation.name[:200],
                label=organisation.name + ("" if known else " (new organisation)"),
                confidence=analysis.publisher.confidence,
                evidence=analysis.publisher.evidence[:300],
                applied=True,
            )
        )
    for position, author in enumerate(analysis.authors):
        ResourceAuthor.objects.get_or_create(
            resource=resource, person=lookups.person(author), defaults={"position": position}
        )
    for scheme, value in (("doi", analysis.doi), ("isbn", analysis.isbn)):
        if value:
            Identifier.objects.create(resource=resource, scheme=scheme, value=value)
    return suggestions


def _found_suggestions(resource: Resource, analysis) -> list[Suggestion]:
    """The date (applied) and the analysis's suggestions (the type applied when it is the resource's)."""
    suggestions = []
    if analysis.date:
        suggestions.append(
            Suggestion(
                field="date",
                value=analysis.date.iso,
                label=analysis.date.iso,
                confidence=min(1.0, analysis.date.score / 6),
                evidence=analysis.date.evidence[:300],
                applied=True,
            )
        )
    for found in analysis.suggestions:
        applied = found.field == "type" and found.value == resource.type
        suggestions.append(
            Suggestion(
                field=found.field,
                value=found.value,
                label=found.label[:300],
                confidence=found.confidence,
                evidence=found.evidence[:300],
                applied=applied,
            )
        )
    return suggestions


def _attach(resource: Resource, job: IngestJob, local: Path, name: str, final_url: str, extracted) -> Attachment:
    attachment = Attachment(
        resource=resource,
        url=final_url[:1000] if final_url else "",
        filename=(name or Path(local).name)[:255],
        media_type=extracted.media_type,
        size=local.stat().st_size,
        page_count=extracted.page_count,
        sha256=job.sha256,
        text_status=_text_status(extracted),
    )
    with local.open("rb") as stream:
        attachment.file.save(Path(name or local.name).name or "document", File(stream), save=False)
    attachment.save()
    return attachment


def _save_pages(attachment: Attachment, extracted, analysis) -> None:
    """Each page's text with its language (and whether OCR read it), in batches."""
    batch = []
    recognised = set(extracted.recognised)
    for number, (text, language) in enumerate(_pages_with_language(extracted, analysis), start=1):
        if text.strip():
            batch.append(
                Page(
                    attachment=attachment, number=number, text=text, language=language, recognised=number in recognised
                )
            )
        if len(batch) >= PAGE_BATCH:
            Page.objects.bulk_create(batch)
            batch = []
    Page.objects.bulk_create(batch)


def _text_status(extracted) -> str:
    if not extracted.text_layer:
        return Attachment.TextStatus.NO_TEXT_LAYER
    if extracted.recognised:
        return Attachment.TextStatus.RECOGNISED
    if any("not kept" in w for w in extracted.warnings):
        return Attachment.TextStatus.PARTIAL
    return Attachment.TextStatus.EXTRACTED


def _pages_with_language(extracted, analysis):
    fallback = analysis.languages[0] if analysis.languages else ""
    languages = analysis.page_languages or [""] * len(extracted.pages)
    for text, language in zip(extracted.pages, languages, strict=False):
        yield text, (language or fallback)[:2]
