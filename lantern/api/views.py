"""The JSON API (django-ninja): the same service functions as the pages, the canonical record as JSON.

Reads are public and see only ``Resource.objects.published()``; writes need an editor's API token
(``Authorization: Bearer lt_…``, made with ``lantern apitoken USER``). Every list is paginated
(``page``, ``per_page`` ≤ 100). Errors have one shape (``lantern.api.errors``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Annotated

from django.conf import settings
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import File, Form, NinjaAPI, Query, Status
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.files import UploadedFile
from ninja.security import HttpBearer
from pydantic import Field, WithJsonSchema

from lantern.api import schemas
from lantern.api.errors import error_response
from lantern.api.models import ApiToken
from lantern.api.serialise import collection_data, organisation_data, resource_record, topic_data
from lantern.catalog import permissions
from lantern.catalog.models import Collection, Organisation, Resource, Topic, published_q
from lantern.catalog.records import RecordError, citation_record, records_queryset
from lantern.catalog.writer import RecordWriter
from lantern.lib import citations
from lantern.search import service

MAX_PER_PAGE = 100
CITE_FORMATS = ("bibtex", "ris", "csl-json", "apa", "harvard")
EXPORT_FORMATS = ("bibtex", "ris", "csl-json", "jsonl")


def _served(media_types: dict[str, dict]) -> dict:
    """OpenAPI for a 200 answer that is a file in one of ``media_types`` (media type → JSON schema)."""
    content = {media_type: {"schema": schema} for media_type, schema in media_types.items()}
    return {"responses": {200: {"description": "OK", "content": content}}}


TEXT = {"type": "string"}
UPDATED_SINCE = {
    "type": "string",
    "format": "date-time",
    "maxLength": 64,
    "description": "an RFC 3339 date-time (2024-01-31T09:00:00Z; UTC without an offset); a date is also read",
}
CSL_JSON = {"type": "array", "items": {"type": "object"}, "description": "CSL-JSON items"}
CITATION_MEDIA_TYPES = {
    "application/x-bibtex": TEXT,
    "application/x-research-info-systems": TEXT,
    "application/vnd.citationstyles.csl+json": CSL_JSON,
}
ERRORS = {400: schemas.ErrorOut, 404: schemas.ErrorOut, 422: schemas.ErrorOut, 429: schemas.ErrorOut}
WRITE_ERRORS = {**ERRORS, 401: schemas.ErrorOut, 403: schemas.ErrorOut, 409: schemas.ErrorOut}


class EditorToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str):
        return ApiToken.authenticate(token)


api = NinjaAPI(
    title="Lantern API",
    version="1",
    description="Search and read the hub's published resources; editors create and update records with a token.",
    urls_namespace="api",
    docs_url=None,  # the interactive docs page would load scripts from another host
    openapi_url="/openapi.json",
)


# --- errors: one shape ---------------------------------------------------------------------------
@api.exception_handler(ValidationError)
def _validation(request, exc: ValidationError):
    details = [
        {"field": ".".join(str(p) for p in e.get("loc", [])[1:]) or "", "message": str(e.get("msg", ""))}
        for e in exc.errors
    ]
    return error_response(422, "The request is not valid.", details)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    response = error_response(401)
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    return error_response(exc.status_code, str(exc))


@api.exception_handler(Http404)
def _not_found(request, exc):
    return error_response(404, "No such item, or it is not published.")


# --- helpers -------------------------------------------------------------------------------------
def _page(queryset, page: int, per_page: int) -> tuple[list, dict]:
    total = queryset.count()
    pages = max(1, math.ceil(total / per_page))
    page = max(1, min(page, pages))
    rows = list(queryset[(page - 1) * per_page : page * per_page])
    return rows, {"total": total, "page": page, "pages": pages, "per_page": per_page}


def _require(request: HttpRequest, perm: str) -> None:
    if not request.auth.has_perm(perm):
        raise HttpError(403, "This token's user may not do that.")


def _published(slug: str) -> Resource:
    return get_object_or_404(records_queryset(Resource.objects.published()), slug=slug)


def _search_params(filters) -> dict:
    return {name: values for name, values in filters.items() if values}


class SearchFilters(schemas.Schema):
    q: str = ""
    type: list[str] = []
    topic: list[str] = []
    country: list[str] = []
    region: list[str] = []
    publisher: list[str] = []
    language: list[str] = []
    collection: list[str] = []
    year: list[str] = []
    sort: str | None = None
    as_typed: bool = Field(False, description="search the words as typed, without correcting typos")


def _run_search(filters: SearchFilters, page: int, per_page: int, with_facets: bool):
    params = filters.dict(exclude={"q", "sort", "as_typed"})
    return service.search(
        filters.q[:500],
        _search_params(params),
        filters.sort,
        page,
        per_page,
        with_facets=with_facets,
        as_typed=filters.as_typed,
    )


# --- search --------------------------------------------------------------------------------------
@api.get("/search", response={200: schemas.SearchOut, **ERRORS}, url_name="search", tags=["search"])
def search(
    request: HttpRequest,
    filters: Query[SearchFilters],
    page: int = Query(1, ge=1, le=10_000),
    per_page: int = Query(20, ge=1, le=MAX_PER_PAGE),
    facets: bool = True,
):
    """Search published resources exactly as the site does: words, "phrases", -exclusions, OR, field:value.

    Filters repeat for OR (``type=guidance&type=toolkit``); unknown values come back in ``warnings``.
    """
    results = _run_search(filters, page, per_page, facets)
    ids = [hit.resource.id for hit in results.hits]
    records = {r.id: r for r in records_queryset(Resource.objects.filter(id__in=ids))}
    hits = []
    for hit in results.hits:
        data = resource_record(request, records[hit.resource.id])
        data.update(score=hit.score, title_html=str(hit.title_html), snippet_html=str(hit.snippet_html))
        hits.append(data)
    return {
        "query": filters.q,
        "sort": results.sort,
        "total": results.total,
        "page": results.page,
        "pages": results.pages,
        "per_page": results.per_page,
        "results": hits,
        "facets": [
            {"name": f.name, "label": str(f.label), "more": f.more, "values": [v.__dict__ for v in f.values]}
            for f in results.facets
        ],
        "warnings": [str(w) for w in results.warnings],
        "corrected_query": results.suggestion,
    }


# --- resources -----------------------------------------------------------------------------------
@api.get("/resources", response={200: schemas.ResourcePage, **ERRORS}, url_name="resources", tags=["resources"])
def resources(
    request: HttpRequest,
    page: int = Query(1, ge=1, le=100_000),
    per_page: int = Query(20, ge=1, le=MAX_PER_PAGE),
    updated_since: Annotated[str | None, WithJsonSchema(UPDATED_SINCE)] = Query(None, max_length=64),
):
    """Every published resource, most recently updated first."""
    queryset = records_queryset(Resource.objects.published()).order_by("-updated_at", "id")
    if updated_since:
        queryset = queryset.filter(updated_at__gte=_moment(updated_since))
    rows, meta = _page(queryset, page, per_page)
    return {**meta, "results": [resource_record(request, r) for r in rows]}


def _moment(value: str) -> dt.datetime:
    """An RFC 3339 date-time or an ISO date as a UTC moment; a clear 400 for anything else."""
    text = value.strip().replace("t", "T").replace("z", "Z")
    text = re.sub(r"(T\d\d:\d\d):60", r"\1:59", text)  # a leap second is the second before it
    try:
        moment = dt.datetime.fromisoformat(text)
        if timezone.is_naive(moment):
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(dt.UTC)
    except OverflowError:  # within a day of the first or last date Python can hold
        return dt.datetime.min.replace(tzinfo=dt.UTC) if text < "5000" else dt.datetime.max.replace(tzinfo=dt.UTC)
    except ValueError:
        raise HttpError(400, "updated_since must be a date (2024-01-31) or an RFC 3339 date-time.") from None


@api.get("/resources/{slug}", response={200: schemas.ResourceOut, **ERRORS}, url_name="resource", tags=["resources"])
def resource(request: HttpRequest, slug: str):
    return resource_record(request, _published(slug))


@api.get(
    "/resources/{slug}/cite",
    response=ERRORS,
    url_name="resource-cite",
    tags=["resources"],
    openapi_extra=_served({**CITATION_MEDIA_TYPES, "text/plain": TEXT}),
)
def cite(request: HttpRequest, slug: str, format: str = Query("apa", pattern="^(" + "|".join(CITE_FORMATS) + ")$")):
    """One resource as BibTeX, RIS, CSL-JSON, or an APA / Harvard formatted citation (plain text)."""
    resource = _published(slug)
    record = citation_record(resource, resource_record(request, resource))
    if format in citations.EXPORT_FORMATS:
        writer, media_type, _ = citations.EXPORT_FORMATS[format]
        return HttpResponse(writer([record]), content_type=media_type)
    return HttpResponse(citations.format_citation(record, format), content_type="text/plain; charset=utf-8")


@api.post("/resources", response={201: schemas.ResourceOut, **WRITE_ERRORS}, auth=EditorToken(), tags=["write"])
def create_resource(request: HttpRequest, payload: schemas.RecordIn):
    """Create a resource from a canonical record (a draft unless ``status`` says otherwise)."""
    _require(request, "catalog.add_resource")
    record = payload.dict(exclude_unset=True)
    writer = _writer(request)
    if (existing := writer.find_existing(record)) is not None:
        raise HttpError(409, f"A resource with this slug, source URL or DOI exists: {existing.slug}")
    if not str(record.get("title") or "").strip():
        return error_response(400, "The record is not valid.", ["title is required"])
    written = _write(request, writer, record)
    return written if isinstance(written, HttpResponse) else Status(201, written)


@api.patch("/resources/{slug}", response={200: schemas.ResourceOut, **WRITE_ERRORS}, auth=EditorToken(), tags=["write"])
def update_resource(request: HttpRequest, slug: str, payload: schemas.RecordIn):
    """Change the fields given (a partial canonical record); other fields stay as they are."""
    _require(request, "catalog.change_resource")
    get_object_or_404(Resource, slug=slug)
    record = payload.dict(exclude_unset=True)
    if record.get("slug") not in (None, slug):
        raise HttpError(400, "The slug is the record's identity and cannot be changed here.")
    record["slug"] = slug
    return _write(request, _writer(request), record)


def _writer(request: HttpRequest) -> RecordWriter:
    return RecordWriter(provenance=Resource.Provenance.MANUAL, provenance_detail=f"API: {request.auth.get_username()}")


def _write(request: HttpRequest, writer: RecordWriter, record: dict) -> dict | HttpResponse:
    # Row rules (who may publish, who may change what is public) are catalog.permissions', as in the admin.
    existing = writer.find_existing(record)
    if existing is not None and not permissions.can_edit(request.auth, existing):
        raise HttpError(403, "Only editors can change a resource that is already published or withdrawn.")
    status = record.get("status") or (existing.status if existing else writer.default_status)
    if status not in permissions.allowed_statuses(request.auth):
        raise HttpError(403, "Only editors can publish or withdraw resources; submit it for review instead.")
    try:
        result = writer.write(record, user=request.auth, source="api")
    except RecordError as exc:
        return error_response(400, "The record is not valid.", exc.problems)
    if problems := writer.resolve_links(result):
        return error_response(400, "The record was saved but a link is not valid.", problems)
    return resource_record(request, records_queryset(Resource.objects.all()).get(pk=result.resource.pk))


# --- exports -------------------------------------------------------------------------------------
@api.get(
    "/export",
    response=ERRORS,
    url_name="export",
    tags=["search"],
    openapi_extra=_served({**CITATION_MEDIA_TYPES, "application/x-ndjson": TEXT}),
)
def export(
    request: HttpRequest,
    filters: Query[SearchFilters],
    format: str = Query("csl-json", pattern="^(" + "|".join(EXPORT_FORMATS) + ")$"),
):
    """A search (or, with no query and no filter, the whole published hub) as BibTeX, RIS, CSL-JSON or JSONL.

    A search exports at most ``LANTERN_API_EXPORT_MAX`` records, in the search's order.
    """
    params = filters.dict(exclude={"q", "sort"})
    if filters.q.strip() or _search_params(params):
        ids: list[int] = []
        page, limit = 1, settings.LANTERN_API_EXPORT_MAX
        while len(ids) < limit:
            results = _run_search(filters, page, MAX_PER_PAGE, with_facets=False)
            ids += [hit.resource.id for hit in results.hits]
            if not results.has_next:
                break
            page += 1
        by_id = {r.id: r for r in records_queryset(Resource.objects.filter(id__in=ids[:limit]))}
        rows = [by_id[i] for i in ids[:limit] if i in by_id]
    else:
        rows = records_queryset(Resource.objects.published()).order_by("id").iterator(chunk_size=500)
    records = [
        resource_record(request, r) if format == "jsonl" else citation_record(r, resource_record(request, r))
        for r in rows
    ]
    if format == "jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        response = HttpResponse(body, content_type="application/x-ndjson; charset=utf-8")
        extension = "jsonl"
    else:
        writer, media_type, extension = citations.EXPORT_FORMATS[format]
        response = HttpResponse(writer(records), content_type=media_type)
    response["Content-Disposition"] = f'inline; filename="lantern-export.{extension}"'
    return response


# --- organisations, topics, collections ----------------------------------------------------------
def _published_count(prefix: str = "resources") -> Count:
    return Count(prefix, filter=published_q(f"{prefix}__"), distinct=True)


@api.get(
    "/organisations",
    response={200: schemas.OrganisationPage, **ERRORS},
    url_name="organisations",
    tags=["vocabularies"],
)
def organisations(
    request: HttpRequest,
    page: int = Query(1, ge=1, le=100_000),
    per_page: int = Query(50, ge=1, le=MAX_PER_PAGE),
):
    """Organisations that publish at least one published resource."""
    queryset = Organisation.objects.public().annotate(n=_published_count()).order_by("name")
    rows, meta = _page(queryset, page, per_page)
    return {**meta, "results": [organisation_data(request, o, o.n) for o in rows]}


@api.get(
    "/organisations/{slug}",
    response={200: schemas.OrganisationOut, **ERRORS},
    url_name="organisation",
    tags=["vocabularies"],
)
def organisation(request: HttpRequest, slug: str):
    org = get_object_or_404(Organisation.objects.public().annotate(n=_published_count()), slug=slug)
    return organisation_data(request, org, org.n)


@api.get("/topics", response={200: list[schemas.TopicOut], **ERRORS}, url_name="topics", tags=["vocabularies"])
def topics(request: HttpRequest):
    """The whole topic vocabulary (a few hundred terms at most), with published counts."""
    return [topic_data(t, t.n) for t in Topic.objects.select_related("parent").annotate(n=_published_count())]


@api.get(
    "/collections", response={200: list[schemas.CollectionOut], **ERRORS}, url_name="collections", tags=["vocabularies"]
)
def collections(request: HttpRequest):
    """Collections holding at least one published resource."""
    return [collection_data(request, c, c.n) for c in Collection.objects.public().annotate(n=_published_count())]


@api.get(
    "/collections/{slug}",
    response={200: schemas.CollectionOut, **ERRORS},
    url_name="collection",
    tags=["vocabularies"],
)
def collection(request: HttpRequest, slug: str):
    found = get_object_or_404(Collection.objects.public().annotate(n=_published_count()), slug=slug)
    return collection_data(request, found, found.n)


# --- ingestion: a file or a URL becomes a draft record (contributors and up) ----------------------
@api.post("/ingest", response={202: dict, **WRITE_ERRORS}, auth=EditorToken(), tags=["write"])
def ingest(request: HttpRequest, url: str = Form(""), file: UploadedFile | None = File(None)):  # noqa: B008 - ninja declares parameters this way
    """Queue a document: a ``url`` form field, or a ``file`` upload (multipart). The record it makes
    is a draft in review. Poll ``status_url`` for the job's progress and the record."""
    from lantern.ingest import jobs

    if not permissions.at_least(request.auth, permissions.CONTRIBUTOR):
        raise HttpError(403, "Only curators (contributors, editors, admins) can ingest documents.")
    url = url.strip()
    if bool(url) == (file is not None):
        return error_response(400, "Give either a url or a file.", [])
    if url and not url.lower().startswith(("http://", "https://")):
        return error_response(400, "The url must start with http:// or https://.", [])
    job = jobs.create(url or file.name, url=url, upload=file, user=request.auth)
    job.refresh_from_db()  # an immediate task backend has already run it
    return Status(202, {**jobs.report(job), "status_url": request.build_absolute_uri(f"{request.path}/{job.pk}")})


@api.get("/ingest/{job_id}", response={200: dict, **WRITE_ERRORS}, auth=EditorToken(), tags=["write"])
def ingest_status(request: HttpRequest, job_id: int):
    """An ingestion job's status, warnings or error, and the record it made."""
    from lantern.ingest import jobs
    from lantern.ingest.models import IngestJob

    job = get_object_or_404(IngestJob, pk=job_id)
    if job.created_by_id != request.auth.pk and not permissions.can_publish(request.auth):
        raise Http404
    return jobs.report(job)
