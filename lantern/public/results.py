"""Result pages (search, organisation, collection, topic, country): the search for the request
and every link the page needs — facets, active filters, sorts, views, pages, the map and the
typo correction. Views call ``context(request, fixed)`` and render; they read only ``SearchResults``.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lantern.catalog import versions
from lantern.catalog.models import Collection, Country, Language, Organisation, Resource, Topic
from lantern.public import cards, labels, links, pictures, works
from lantern.search import service
from lantern.search.understanding import YEAR

MAP_COUNTRIES = 250
VIEWS = ("list", "grid")


def all_topics() -> list[Topic]:
    """The whole vocabulary, read again only after a change to it."""
    return versions.cached("public.topics", lambda: list(Topic.objects.all()), "topics")


def topics_by_slug() -> dict[str, Topic]:
    return {topic.slug: topic for topic in all_topics()}


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


def context(request: HttpRequest, fixed: dict[str, str] | None = None) -> dict:
    """Run the search for this request and build every link the result page needs.

    ``fixed`` maps filter names to a value the page imposes (``{"publisher": slug}``).
    """
    fixed = fixed or {}
    query, shortened = links.shorten_query(request.GET.get("q"))
    params = request.GET.copy()
    for name, value in fixed.items():
        params.setlist(name, [value])
    as_typed = request.GET.get("as_typed") == "1"
    results = service.search(query, params, request.GET.get("sort"), request.GET.get("page"), as_typed=as_typed)
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
        "correction": _correction(request.path, state, results),
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
        "cards": _cards(results, back_state, has_text),
    }


def _cards(results, back_state: str, has_text: bool) -> list:
    """One card per work on this page: its other languages and editions are links on the card,
    unless the visitor asked for a year (editions) or a language (translations)."""
    filters = results.filters
    names_year = bool(YEAR.search(results.query.raw or ""))
    hits = works.group(
        results.hits,
        editions_apart=filters.year_from is not None or filters.year_to is not None or names_year,
        languages_apart=bool(filters.languages),
    )
    versions = works.versions([hit.resource for hit in hits])
    return cards.result_cards(hits, back_state, has_text, versions)


def _correction(path: str, state, results) -> dict | None:
    """When typos were corrected: what was searched, and a link to the words as typed."""
    if not results.suggestion:
        return None
    typed_url = links.href(path, links.as_typed(state))
    return {"searched": results.suggestion, "typed": results.query.raw, "typed_url": typed_url}


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
    """The ``<li>`` of one facet, built here rather than by a template loop, which costs far more
    for the ninety-odd values of a hub-wide search. Every value is escaped."""
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
    """Every country the current results cover, with counts (the facet lists only the top few)."""
    return [(code, labels.country_name(name), n) for code, name, n in (results.country_counts or [])[:MAP_COUNTRIES]]


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


# Where a filter value's readable name lives: the rows a visitor may see, and the field the URL carries.
_LABEL_SOURCES = {
    "topic": (Topic.objects.all, "slug"),
    "country": (Country.objects.all, "code"),
    "publisher": (Organisation.objects.public, "slug"),
    "language": (Language.objects.all, "code"),
    "collection": (Collection.objects.public, "slug"),
}


def _labels(name: str, values: list[str]) -> dict[str, str]:
    if name == "type":
        return {code: str(label) for code, label in Resource.Type.choices}
    if name not in _LABEL_SOURCES:
        return {}
    rows, field = _LABEL_SOURCES[name]
    if name == "topic":
        topics = topics_by_slug()
        return {slug: labels.topic_name(topics[slug]) for slug in values if slug in topics}
    found = dict(rows().filter(**{f"{field}__in": values}).values_list(field, "name"))
    if name in {"country", "language"}:
        translate = labels.country_name if name == "country" else labels.language_name
        return {key: translate(label) for key, label in found.items()}
    return found
