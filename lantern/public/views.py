"""The public site: home, search, resource pages, downloads, organisations and collections.

Everything public starts from ``Resource.objects.published()``; result lists come from the one
search entry point so that pages, API and feeds agree. A visitor's mistake in the query
string is never an error page: the service clamps and warns, and so do these views.
"""

from __future__ import annotations

import logging
import re

from django.conf import settings
from django.db.models import Case, Count, F, IntegerField, Prefetch, Value, When
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from lantern.catalog.models import (
    Collection,
    Country,
    Organisation,
    Resource,
    ResourceAuthor,
    ResourcePublisher,
    Topic,
    published_q,
)
from lantern.catalog.records import to_record
from lantern.curation import links as link_checks
from lantern.curation.models import Redirect
from lantern.lib import metadata
from lantern.public import cards, cite, directories, labels, links, results
from lantern.public.helplines import helplines
from lantern.public.pagecache import cached_page
from lantern.public.results import all_topics
from lantern.search import service
from lantern.search.filters import PARAMS
from lantern.search.related import related

logger = logging.getLogger(__name__)

HOME_FEATURED = 6
HOME_NEWEST = 6
HOME_COUNTRIES = 12
RELATED = 4
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}\Z")


# --- home ----------------------------------------------------------------------------------------
@require_safe
@cached_page
def home(request: HttpRequest) -> HttpResponse:
    published = Resource.objects.published()
    newest_first = F("published_date").desc(nulls_last=True)
    featured = list(published.filter(featured=True).for_listing().order_by(newest_first, "-id")[:HOME_FEATURED])
    newest = list(
        published.exclude(id__in=[r.id for r in featured]).for_listing().order_by(newest_first, "-id")[:HOME_NEWEST]
    )
    counts = service.overview()
    if counts is None:
        context = {
            "topic_groups": topic_groups(published),
            "types": type_counts(published),
            "regions": region_counts(published),
            "countries": country_counts(published, HOME_COUNTRIES),
            "total": published.count(),
        }
    else:
        context = _home_counts(counts)
    return render(
        request, "public/home.html", {"featured": cards.cards(featured), "newest": cards.cards(newest), **context}
    )


def _home_counts(counts: dict) -> dict:
    """The home page's counts from the engine's (see ``service.overview``), as the database gives them."""
    types = dict(Resource.Type.choices)
    _topics, country_names, _languages = service.vocabulary_labels()
    countries = sorted(
        ((code, country_names.get(code, code), n) for code, n in counts["country"].items()),
        key=lambda row: (-row[2], row[1]),
    )[:HOME_COUNTRIES]
    return {
        "topic_groups": _groups(counts["topic"], counts["topic_path"]),
        "types": [
            {"value": value, "label": types.get(value, value), "count": n}
            for value, n in sorted(counts["type"].items(), key=lambda row: (-row[1], row[0]))
        ],
        "regions": [
            {"value": slugify(region), "label": labels.region_name(region), "count": n}
            for region, n in sorted(counts["region"].items(), key=lambda row: (-row[1], row[0]))
        ],
        "countries": [{"value": code, "label": labels.country_name(name), "count": n} for code, name, n in countries],
        "total": counts["total"],
    }


def _groups(direct_by_slug: dict[str, int], below_by_slug: dict[str, int]) -> list[dict]:
    """Top-level topics with a count at or below them, each with its children that have direct
    counts; both counts keyed by topic slug (from the engine, or from ``topic_groups``)."""
    topics = all_topics()
    groups = []
    for topic in topics:
        if topic.parent_id is None and below_by_slug.get(topic.slug):
            children = [
                {"topic": child, "count": direct_by_slug[child.slug]}
                for child in topics
                if child.parent_id == topic.id and direct_by_slug.get(child.slug)
            ]
            groups.append({"topic": topic, "count": below_by_slug[topic.slug], "children": children})
    return groups


def topic_groups(published) -> list[dict]:
    """Top-level topics with their resource counts and their children's, empty ones left out.

    A group counts each resource once, however many of its narrower topics it carries.
    """
    topics = all_topics()
    by_id = {t.id: t for t in topics}
    root_of: dict[int, int] = {}
    for topic in topics:
        node, seen = topic, set()
        while node.parent_id in by_id and node.id not in seen:
            seen.add(node.id)
            node = by_id[node.parent_id]
        root_of[topic.id] = node.id
    through = Resource.topics.through.objects.filter(resource_id__in=published.values("id")).order_by()
    direct = dict(through.values_list("topic_id").annotate(n=Count("resource_id", distinct=True)))
    roots: dict[int, list[int]] = {}
    for topic_id, root_id in root_of.items():
        roots.setdefault(root_id, []).append(topic_id)
    whens = [When(topic_id__in=ids, then=Value(root)) for root, ids in roots.items()]
    grouped = {}
    if whens:
        grouped = dict(
            through.annotate(root=Case(*whens, output_field=IntegerField()))
            .values_list("root")
            .annotate(n=Count("resource_id", distinct=True))
        )
    slug = {topic.id: topic.slug for topic in topics}
    return _groups(
        {slug[i]: n for i, n in direct.items() if i in slug}, {slug[i]: n for i, n in grouped.items() if i in slug}
    )


def type_counts(published) -> list[dict]:
    labels = dict(Resource.Type.choices)
    rows = published.order_by().values_list("type").annotate(n=Count("id")).order_by("-n", "type")
    return [{"value": value, "label": labels.get(value, value), "count": n} for value, n in rows]


def country_counts(published, limit: int) -> list[dict]:
    rows = (
        Resource.countries.through.objects.filter(resource_id__in=published.values("id"))
        .values_list("country__code", "country__name")
        .annotate(n=Count("resource_id", distinct=True))
        .order_by("-n", "country__name")[:limit]
    )
    return [{"value": code, "label": labels.country_name(name), "count": n} for code, name, n in rows]


def region_counts(published) -> list[dict]:
    rows = (
        Resource.countries.through.objects.filter(resource_id__in=published.values("id"))
        .exclude(country__region="")
        .values_list("country__region")
        .annotate(n=Count("resource_id", distinct=True))
        .order_by("-n", "country__region")
    )
    return [{"value": slugify(region), "label": labels.region_name(region), "count": n} for region, n in rows]


# --- result pages (search, organisation, collection) ----------------------------------------------
@require_safe
@cached_page
def search(request: HttpRequest) -> HttpResponse:
    return render(request, "public/search.html", results.context(request))


@require_safe
@cached_page
def organisation(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_object_or_404(Organisation.objects.public().select_related("country"), slug=slug)
    context = results.context(request, fixed={"publisher": org.slug})
    relations = directories.organisation_relations(org)
    return render(request, "public/organisation.html", {"organisation": org, **relations, **context})


@require_safe
@cached_page
def collection(request: HttpRequest, slug: str) -> HttpResponse:
    group = get_object_or_404(Collection.objects.public(), slug=slug)
    context = results.context(request, fixed={"collection": group.slug})
    return render(request, "public/collection.html", {"collection": group, **context})


@require_safe
@cached_page
def topic(request: HttpRequest, slug: str) -> HttpResponse:
    term = get_object_or_404(Topic.objects.select_related("parent"), slug=slug)
    context = results.context(request, fixed={"topic": term.slug})
    narrower = list(term.children.all())
    return render(request, "public/topic.html", {"topic": term, "narrower": narrower, **context})


@require_safe
@cached_page
def country(request: HttpRequest, code: str) -> HttpResponse:
    if not _COUNTRY_CODE.match(code):  # PostgreSQL refuses some characters (NUL) outright: no look-up
        raise Http404("No such country.")
    place = get_object_or_404(Country, code=code.upper())
    if code != place.code:
        return redirect("public:country", code=place.code, permanent=True)
    context = results.context(request, fixed={"country": place.code})
    lines = [line for line in helplines() if line.country == place.code]
    return render(
        request,
        "public/country.html",
        {
            "country": place,
            "country_label": labels.country_name(place.name),
            "region_label": labels.region_name(place.region),
            "country_helplines": lines,
            **context,
        },
    )


@require_safe
@cached_page
def about(request: HttpRequest) -> HttpResponse:
    return render(request, "public/about.html", {"contact_email": settings.LANTERN_CONTACT_EMAIL})


# --- one resource --------------------------------------------------------------------------------
@require_safe
@cached_page
def resource(request: HttpRequest, slug: str) -> HttpResponse:
    item = _published_resource(slug)
    if item is None:
        moved = Redirect.objects.filter(published_q("resource__"), old_slug=slug).select_related("resource").first()
        if moved:
            return redirect(moved.resource, permanent=True)  # a record merged into another
        raise Http404("No such resource.")
    superseded_by = item.superseded_by if item.superseded_by and item.superseded_by.is_published else None
    broken = link_checks.broken_since(item)
    languages = list(item.languages.all())
    return render(
        request,
        "public/resource.html",
        {
            "resource": item,
            "content_lang": cards.single_language(languages),  # for lang=""
            "publishers": [link.organisation for link in item.publisher_links.all()],
            "authors": [link.person for link in item.author_links.all()],
            "attachments": list(item.attachments.all()),
            **_versions(item),
            "superseded_by": superseded_by,
            "related": cards.cards(related(item, RELATED)),
            "back_url": _back_url(request),
            "citations": cite.formatted(item),
            "cite_downloads": cite.DOWNLOADS if cite.available() else {},
            "matches": _document_matches(item, request.GET.get("q")),
            "report_url": _report_url(request, item),
            **_machine_readable(request, item),
            "source_broken_since": broken,
            "archived_copy": link_checks.archived_copy(item) if broken else None,
        },
    )


def _published_resource(slug: str) -> Resource | None:
    """The published resource with everything its page shows, in one query per relation.

    The newer edition and the original are read only when there is one, not joined.
    """
    return (
        Resource.objects.published()
        .select_related("series")
        .prefetch_related(
            "topics",
            "languages",
            "countries",
            "collections",
            "identifiers",
            "attachments",
            # One query each, the organisation or person joined (not a second prefetch).
            Prefetch("publisher_links", ResourcePublisher.objects.select_related("organisation")),
            Prefetch("author_links", ResourceAuthor.objects.select_related("person")),
        )
        .filter(slug=slug)
        .order_by()  # the slug is unique: the default ordering would only cost its compilation
        .first()
    )


def _versions(item: Resource) -> dict:
    """The published translations of ``item``'s work and the other editions of its series."""
    published = Resource.objects.published()
    original_id = item.translation_of_id or item.id
    # The original and its translations, by two indexed look-ups (one OR reads every published row).
    versions = {
        original_id,
        *Resource.objects.filter(translation_of_id=original_id).order_by().values_list("id", flat=True),
    }
    translations = list(published.filter(id__in=versions - {item.id}).prefetch_related("languages").order_by("title"))
    editions = []
    if item.series_id:
        in_series = Resource.objects.filter(series_id=item.series_id).order_by().values_list("id", flat=True)
        editions = list(
            published.filter(id__in=set(in_series) - {item.id}).order_by(
                F("published_date").desc(nulls_last=True), "title"
            )[:20]
        )
    return {"translations": translations, "editions": editions}


def _machine_readable(request: HttpRequest, item: Resource) -> dict:
    """schema.org JSON-LD and Highwire citation_* tags, so reference managers and scholar
    indexes pick up the title, authors, publisher, date and the file."""
    record = to_record(item)
    files = []
    for attachment, spec in zip(item.attachments.all(), record["files"], strict=False):
        files.append({**spec, "url": request.build_absolute_uri(attachment.download_url)})
    page_url = request.build_absolute_uri(item.get_absolute_url())
    pdf = next((f["url"] for f in files if f.get("media_type") == "application/pdf"), "")
    topic_names = [labels.topic_name(t) for t in item.topics.all()]
    data = metadata.json_ld(
        {**record, "files": files},
        page_url,
        files=files,
        topic_names=topic_names,
        country_names=[c.name for c in item.countries.all()],
    )
    return {
        "json_ld": metadata.json_ld_script(data),
        "citation_meta": metadata.citation_meta({**record, "files": files}, page_url, pdf),
    }


def _document_matches(item: Resource, query: str | None) -> list:
    """Where the search words (carried from the result page as ``?q=``) occur in the files, by page."""
    if not (query or "").strip():
        return []
    return list(service.matches_in(item, links.shorten_query(query)[0]))


def _report_url(request: HttpRequest, item: Resource) -> str:
    if not settings.LANTERN_CONTACT_EMAIL:
        return reverse("public:about") + "#report"
    from urllib.parse import quote

    subject = _("Problem with “%(title)s”") % {"title": item.title[:120]}
    body = request.build_absolute_uri(item.get_absolute_url())
    return f"mailto:{settings.LANTERN_CONTACT_EMAIL}?subject={quote(subject)}&body={quote(body)}"


@require_safe
def citation(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The resource's reference as a BibTeX or RIS file, for reference managers."""
    item = get_object_or_404(Resource.objects.published(), slug=slug)
    if fmt not in cite.DOWNLOADS or not cite.available():
        raise Http404("Unknown citation format.")
    text, media_type, extension = cite.export(item, fmt)
    response = HttpResponse(text, content_type=f"{media_type}; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{item.slug}.{extension}"'
    return response


def _back_url(request: HttpRequest) -> str:
    """The result page a visitor came from, when the link carried its search (``?q=``)."""
    if not (request.GET.get("q") or "").strip():
        return ""
    params = request.GET.copy()
    for key in list(params):
        if key not in {"q", "sort", "page", *PARAMS}:
            del params[key]
        else:
            params.setlist(key, [v[: links.MAX_OTHER_VALUE * 2] for v in params.getlist(key)][:20])
    return links.href(reverse("public:search"), params)


# --- errors --------------------------------------------------------------------------------------
def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """Rendered without a request context and without the database, which may be the problem."""
    context = {
        "site_name": settings.LANTERN_SITE_NAME,
        "quick_exit_url": settings.LANTERN_QUICK_EXIT_URL,
        "helplines": helplines(),
    }
    try:
        html = loader.get_template("500.html").render(context)
    except Exception:  # noqa: BLE001 - the error page itself must not fail
        logger.exception("The 500 page could not be rendered")
        html = "<!doctype html><title>Server error</title><h1>Something went wrong</h1>"
    return HttpResponseServerError(html)
