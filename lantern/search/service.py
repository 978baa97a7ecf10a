"""The one search entry point. Pages, API, CLI and feeds all call ``search()``."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from django.db.models import F, FloatField
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from lantern.catalog.models import Resource
from lantern.lib import query as query_syntax
from lantern.lib.query import ParsedQuery
from lantern.lib.text import truncate_words
from lantern.search import facets as facet_counts
from lantern.search import filters as search_filters
from lantern.search.backends import get_backend
from lantern.search.backends.base import MARK_END, MARK_START
from lantern.search.filters import Filters

SORTS = ("relevance", "newest", "oldest", "title")
MAX_PER_PAGE = 100
SNIPPET_FALLBACK_CHARS = 250


@dataclass
class Hit:
    resource: Resource
    score: float
    title_html: SafeString
    snippet_html: SafeString


@dataclass
class SearchResults:
    query: ParsedQuery
    filters: Filters
    sort: str
    page: int
    per_page: int
    total: int
    hits: list[Hit]
    facets: list[facet_counts.Facet] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def start_index(self) -> int:
        return 0 if not self.total else (self.page - 1) * self.per_page + 1

    @property
    def end_index(self) -> int:
        return min(self.total, self.page * self.per_page)


def marks_to_html(text: str) -> SafeString:
    """Escape engine output, then turn its highlight markers into <mark> elements."""
    html = escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    if html.count("<mark>") != html.count("</mark>"):
        html = html.replace("<mark>", "").replace("</mark>", "")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own tags added


def _clamp_int(value, default: int, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))


def search(
    query: str | None = "",
    filters: Filters | dict | None = None,
    sort: str | None = None,
    page: int | str | None = 1,
    per_page: int | None = None,
    with_facets: bool = True,
) -> SearchResults:
    """Search published resources.

    ``query`` is the search box text (words, "phrases", -exclusions, OR, field:value);
    ``filters`` a ``Filters`` or a mapping of URL parameters; ``sort`` one of ``SORTS``
    (default: relevance with text, newest without); ``page`` is clamped into range.
    Never raises on user input: problems come back in ``warnings``.
    """
    from django.conf import settings

    parsed = query_syntax.parse(query)
    if isinstance(filters, Filters):
        active = filters
        for name, value in parsed.fields:
            active.add(name, value)
    else:
        active = search_filters.from_request(filters or {}, parsed.fields)
    warnings = list(active.warnings)
    if sort not in SORTS:
        if sort:
            warnings.append(f"Unknown sort “{sort}”; sorted by the default instead.")
        sort = "relevance" if parsed.must else "newest"
    if sort == "relevance" and not parsed.must:
        sort = "newest"
    per_page = _clamp_int(per_page, settings.LANTERN_SEARCH_PAGE_SIZE, 1, MAX_PER_PAGE)

    backend = get_backend()
    matched = Resource.objects.published()
    if parsed.has_text:
        sql, params = backend.match_sql(parsed)
        matched = matched.filter(id__in=RawSQL(sql, params))
    queryset = active.apply(matched)

    total = queryset.count()
    pages = max(1, math.ceil(total / per_page))
    page_number = _clamp_int(page, 1, 1, pages)

    ordered = _order(queryset, parsed, sort, backend)
    offset = (page_number - 1) * per_page
    page_rows = list(ordered.for_listing().select_related("series")[offset : offset + per_page])
    snippets = backend.snippets(parsed, [r.id for r in page_rows]) if parsed.must else {}
    hits = [_hit(resource, snippets.get(resource.id)) for resource in page_rows]

    return SearchResults(
        query=parsed,
        filters=active,
        sort=sort,
        page=page_number,
        per_page=per_page,
        total=total,
        hits=hits,
        facets=facet_counts.compute(matched, active) if with_facets else [],
        warnings=warnings,
    )


def _order(queryset, parsed: ParsedQuery, sort: str, backend):
    if sort == "relevance":
        sql, params = backend.score_sql(parsed)
        return queryset.annotate(score=RawSQL(sql, params, output_field=FloatField())).order_by(
            "-score", F("published_date").desc(nulls_last=True), "id"
        )
    if sort == "oldest":
        return queryset.order_by(F("published_date").asc(nulls_last=True), "title", "id")
    if sort == "title":
        return queryset.order_by("title", "id")
    return queryset.order_by(F("published_date").desc(nulls_last=True), "title", "id")


def _hit(resource: Resource, snippet) -> Hit:
    title = marks_to_html(snippet.title) if snippet and snippet.title else escape(resource.title)
    if snippet and snippet.text:
        text = marks_to_html(snippet.text)
    else:
        text = escape(truncate_words(resource.teaser or resource.summary, SNIPPET_FALLBACK_CHARS))
    return Hit(
        resource=resource, score=float(getattr(resource, "score", 0.0) or 0.0), title_html=title, snippet_html=text
    )
