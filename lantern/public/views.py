"""The public site: home, search, resource pages, downloads, organisations and collections.

Everything public starts from ``Resource.objects.published()``; result lists come from the one
search entry point so that pages, API and feeds agree. A visitor's mistake in the query
string is never an error page: the service clamps and warns, and so do these views.
"""

from __future__ import annotations

import logging
import mimetypes
import re
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.db.models import Case, Count, F, IntegerField, Prefetch, Value, When
from django.db.models.expressions import RawSQL
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from lantern.catalog.models import (
    Attachment,
    Collection,
    Country,
    Language,
    Organisation,
    Resource,
    ResourceAuthor,
    ResourcePublisher,
    Topic,
)
from lantern.catalog.records import to_record
from lantern.curation import links as link_checks
from lantern.curation.models import Redirect
from lantern.lib import metadata
from lantern.public import cards, cite, labels, links, pictures
from lantern.public.helplines import helplines
from lantern.public.pagecache import cached_page, per_version
from lantern.search import facets as facet_counts
from lantern.search import service
from lantern.search.backends import get_backend
from lantern.search.filters import PARAMS
from lantern.search.related import related

logger = logging.getLogger(__name__)

HOME_FEATURED = 6
HOME_NEWEST = 6
HOME_COUNTRIES = 12
MAP_COUNTRIES = 250
VIEWS = ("list", "grid")
RELATED = 4
FILTER_NAMES = {
    "type": gettext_lazy("Type"),
    "topic": gettext_lazy("Topic"),
    "country": gettext_lazy("Country"),
    "region": gettext_lazy("Region"),
    "publisher": gettext_lazy("Publisher"),
    "language": gettext_lazy("Language"),
    "collection": gettext_lazy("Collection"),
    "year": gettext_lazy("Year"),
}
_MEDIA_TYPE = re.compile(r"^[\w.+-]+/[\w.+-]+$")
# Types a browser would run as a page from our origin: served in a sandbox.
_ACTIVE_TYPES = {
    "text/html",
    "application/xhtml+xml",
    "image/svg+xml",
    "text/xml",
    "application/xml",
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
    counts = facet_counts.overview()  # from the search engine: milliseconds at 100,000
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
    """The home page's counts from the engine's (see ``facets.overview``), as the database gives them."""
    types = dict(Resource.Type.choices)
    _topics, country_names, _languages = facet_counts.vocabulary_labels()
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


def all_topics() -> list[Topic]:
    """The whole vocabulary, read again only after a change to the catalogue."""
    return per_version("topics", lambda: list(Topic.objects.all()))


def topics_by_slug() -> dict[str, Topic]:
    return {topic.slug: topic for topic in all_topics()}


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
def _results_context(request: HttpRequest, fixed: dict[str, str] | None = None) -> dict:
    """Run the search for this request and build every link the result page needs.

    ``fixed`` maps filter names to a value the page imposes (``{"publisher": slug}``).
    """
    fixed = fixed or {}
    query, shortened = links.shorten_query(request.GET.get("q"))
    params = request.GET.copy()
    for name, value in fixed.items():
        params.setlist(name, [value])
    results = service.search(query, params, request.GET.get("sort"), request.GET.get("page"))
    state = links.canonical(request.GET, results.filters, fixed=fixed.keys())
    has_text = bool(results.query.must)
    view = request.GET.get("view") if request.GET.get("view") in VIEWS else "list"
    topics = topics_by_slug()
    facets = _facet_links(request.path, state, results, fixed, topics)
    years = next((group for group in facets if group["facet"].name == "year"), None)
    back_state = links.with_page(state, results.page).urlencode() if has_text and not fixed else ""
    return {
        "results": results,
        "q": query,
        "warnings": _warnings(request, results, shortened),
        "has_text": has_text,
        "facets": facets,
        "histogram": pictures.histogram([item["value"] for item in years["values"]]) if years else None,
        "world_map": pictures.world_map(_covered_countries(results)) if results.total else None,
        "view": view,
        "view_links": _view_links(request.path, state, view),
        "active_filters": _active_filters(request.path, state, results, fixed, topics),
        "clear_url": links.href(request.path, links.without_filters(state)),
        "sorts": _sort_links(request.path, state, results, has_text),
        **_page_links(request.path, state, results),
        # A result opened from a text search can lead back to exactly this page of results.
        "cards": cards.result_cards(results.hits, back_state, has_text),
    }


def _warnings(request: HttpRequest, results, shortened: bool) -> list[str]:
    warnings = list(results.warnings)
    if shortened:
        warnings.insert(0, _("Your search was long, so only its first words were used."))
    raw_page = (request.GET.get("page") or "").strip()
    if raw_page and raw_page != str(results.page):
        warnings.append(
            _("There is no page “%(asked)s”; showing page %(page)s of %(pages)s.")
            % {"asked": raw_page[:20], "page": results.page, "pages": results.pages}
        )
    return warnings


def _facet_links(path: str, state, results, fixed, topics: dict[str, Topic]) -> list[dict]:
    """Each facet with a link per value that adds it, or removes it when selected.

    Labels are given in the visitor's language (topics from the vocabulary, countries and
    languages from the ISO catalogues, regions from ours). ``items_html`` is the list's markup.
    """
    groups = []
    for facet in results.facets:
        if not facet.values or facet.name in fixed:
            continue
        hrefs = links.toggle_hrefs(path, state, facet.name, [(v.value, v.selected) for v in facet.values])
        values = [
            {"value": v, "label": labels.relabel(facet.name, v.value, v.label, topics), "url": url}
            for v, url in zip(facet.values, hrefs, strict=True)
        ]
        groups.append({"facet": facet, "values": values, "items_html": _facet_items_html(values)})
    return groups


def _facet_items_html(values: list[dict]) -> str:
    """The ``<li>`` of one facet, built here rather than by a template loop: a hub-wide search
    lists about ninety values, 4 ms of template work a page. Every value is escaped."""
    selected = escape(_("Selected:"))
    items = []
    for item in values:
        mark = (
            f' class="is-selected"><span class="visually-hidden">{selected} </span>' if item["value"].selected else ">"
        )
        items.append(
            f'<li><a href="{escape(item["url"])}"{mark}<span>{escape(item["label"])}</span>'
            f" <small>{escape(labels.number(item['value'].count))}</small></a></li>"
        )
    return mark_safe("".join(items))  # noqa: S308 - every value above is escaped


def _view_links(path: str, state, current: str) -> list[dict]:
    """List or grid: the choice travels in the URL (``view=grid``), so it can be shared."""
    names = {"list": _("List"), "grid": _("Grid")}
    items = []
    for key in VIEWS:
        params = state.copy()
        params.pop("view", None)
        if key != "list":
            params["view"] = key
        items.append({"key": key, "label": names[key], "url": links.href(path, params), "current": key == current})
    return items


def _covered_countries(results) -> list[tuple[str, str, int]]:
    """Every country the current results cover, with counts (the facet lists only the top few).

    Rebuilds the result set the way ``service.search`` does (published, text match, filters),
    unless the engine already counted them.
    """
    if results.country_counts is not None:
        return [(code, labels.country_name(name), n) for code, name, n in results.country_counts[:MAP_COUNTRIES]]
    matched = Resource.objects.published()
    if results.query.has_text:
        sql, params = get_backend().match_sql(results.query)
        matched = matched.filter(id__in=RawSQL(sql, params))  # noqa: S611 - the engine's SQL, user text bound
    rows = (
        Resource.countries.through.objects.filter(resource_id__in=results.filters.apply(matched).values("id"))
        .values_list("country__code", "country__name")
        .annotate(n=Count("resource_id", distinct=True))
        .order_by("-n", "country__name")[:MAP_COUNTRIES]
    )
    return [(code, labels.country_name(name), n) for code, name, n in rows]


def _sort_links(path: str, state, results, has_text: bool) -> list[dict]:
    sorts = [("relevance", _("Relevance"))] if has_text else []
    sorts += [("newest", _("Newest")), ("oldest", _("Oldest")), ("title", _("Title A–Z"))]
    return [
        {
            "label": label,
            "url": links.href(path, links.with_sort(state, key)),
            "current": key == results.sort,
        }
        for key, label in sorts
    ]


def _page_links(path: str, state, results) -> dict:
    def url(number: int) -> str:
        return links.href(path, links.with_page(state, number))

    pages = [
        {"number": n, "url": url(n) if n else "", "current": n == results.page}
        for n in links.page_window(results.page, results.pages)
    ]
    return {
        "pages": pages if results.pages > 1 else [],
        "previous_url": url(results.page - 1) if results.has_previous else "",
        "next_url": url(results.page + 1) if results.has_next else "",
    }


def _active_filters(path: str, state, results, fixed, topics: dict[str, Topic]) -> list[dict]:
    """Every applied filter with a readable label and a link removing it alone.

    Facets only list their top values (and a broader topic may have no resource of its own),
    so selected values are labelled from the facets first and from the catalogue otherwise.
    """
    known = {
        (f.name, v.value): labels.relabel(f.name, v.value, v.label, topics) for f in results.facets for v in f.values
    }
    items = []
    for name, values in results.filters.as_params().items():
        if name in fixed:
            continue
        missing = [v for v in values if (name, v) not in known]
        found = _labels(name, missing) if missing else {}
        for value in values:
            label = known.get((name, value)) or found.get(value) or value.replace("..", "–")
            url = links.toggle_hrefs(path, state, name, [(value, True)])[0]
            items.append({"name_label": FILTER_NAMES.get(name, name), "label": label, "url": url})
    return items


# Where a filter value's readable name lives: model and the field the URL carries.
_LABEL_SOURCES = {
    "topic": (Topic, "slug"),
    "country": (Country, "code"),
    "publisher": (Organisation, "slug"),
    "language": (Language, "code"),
    "collection": (Collection, "slug"),
}


def _labels(name: str, values: list[str]) -> dict[str, str]:
    if name == "type":
        return {code: str(label) for code, label in Resource.Type.choices}
    if name not in _LABEL_SOURCES:
        return {}
    model, field = _LABEL_SOURCES[name]
    if name == "topic":
        topics = topics_by_slug()
        return {slug: labels.topic_name(topics[slug]) for slug in values if slug in topics}
    found = dict(model.objects.filter(**{f"{field}__in": values}).values_list(field, "name"))
    if name in {"country", "language"}:
        translate = labels.country_name if name == "country" else labels.language_name
        return {key: translate(label) for key, label in found.items()}
    return found


@require_safe
@cached_page
def search(request: HttpRequest) -> HttpResponse:
    return render(request, "public/search.html", _results_context(request))


@require_safe
@cached_page
def organisation(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_object_or_404(Organisation.objects.select_related("country"), slug=slug)
    context = _results_context(request, fixed={"publisher": org.slug})
    return render(request, "public/organisation.html", {"organisation": org, **context})


@require_safe
@cached_page
def collection(request: HttpRequest, slug: str) -> HttpResponse:
    group = get_object_or_404(Collection, slug=slug)
    context = _results_context(request, fixed={"collection": group.slug})
    return render(request, "public/collection.html", {"collection": group, **context})


@require_safe
@cached_page
def topic(request: HttpRequest, slug: str) -> HttpResponse:
    term = get_object_or_404(Topic.objects.select_related("parent"), slug=slug)
    context = _results_context(request, fixed={"topic": term.slug})
    narrower = list(term.children.all())
    return render(request, "public/topic.html", {"topic": term, "narrower": narrower, **context})


@require_safe
@cached_page
def country(request: HttpRequest, code: str) -> HttpResponse:
    place = get_object_or_404(Country, code=code.upper())
    if code != place.code:
        return redirect("public:country", code=place.code, permanent=True)
    context = _results_context(request, fixed={"country": place.code})
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
    # The newer edition and the original are read only when there is one (joining the whole
    # resource row twice cost 1.2 ms a page).
    item = (
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
    if item is None:
        moved = (
            Redirect.objects.filter(old_slug=slug, resource__status=Resource.Status.PUBLISHED)
            .select_related("resource")
            .first()
        )
        if moved:
            return redirect(moved.resource, permanent=True)  # a record merged into another
        raise Http404("No such resource.")
    published = Resource.objects.published()
    original_id = item.translation_of_id or item.id
    # The original and its translations, by two indexed look-ups (one OR made SQLite read every
    # published row: 0.15 s at 100,000).
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
            "translations": translations,
            "editions": editions,
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


@require_safe
def download(request: HttpRequest, slug: str, pk: int) -> FileResponse:
    """A stored file of a published resource, shown in the browser under its original name."""
    item = get_object_or_404(Resource.objects.published(), slug=slug)
    attachment = get_object_or_404(Attachment, pk=pk, resource=item)
    if not attachment.file:
        raise Http404("This file is held on another site.")
    try:
        handle = attachment.file.open("rb")
    except (OSError, SuspiciousFileOperation) as exc:
        logger.warning("Attachment %s of %s cannot be opened: %s", attachment.pk, item.slug, exc)
        raise Http404("This file is missing.") from exc
    name = _CONTROL.sub("", attachment.filename or PurePosixPath(attachment.file.name).name) or "file"
    media_type = (attachment.media_type or "").strip().lower()
    if not _MEDIA_TYPE.match(media_type):
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=media_type, as_attachment=False, filename=name)
    if media_type in _ACTIVE_TYPES:
        # An uploaded web page must not run as part of this site.
        response.headers["Content-Security-Policy"] = (
            "sandbox; default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"
        )
    return response


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
