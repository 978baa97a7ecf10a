"""Links of a result page, built from the query string: facet toggles, sorts, pages.

Links start from a *canonical* copy of the query string: the filters the search service
actually applied (``Filters.as_params()``, so "Forced Labour" becomes ``forced-labour`` and
values that named nothing are gone), the search text without its ``field:value`` words (they
are carried as filters instead, so they can be removed one by one), a known sort, and any
other parameter kept as it came. ``page`` is always dropped: a changed filter or sort starts
again at page one. Everything goes through ``QueryDict.urlencode``; no user text is
concatenated into a URL by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote_plus, urlencode

from django.http import QueryDict

from lantern.lib.query import strip_field_words
from lantern.lib.text import normalize_space
from lantern.search.filters import PARAMS, Filters
from lantern.search.service import SORTS

# A search text longer than this (URL-encoded) is shortened before searching: every link on
# a result page carries it, and the page must stay small even for a pasted page of text.
MAX_ENCODED_QUERY = 200
MAX_OTHER_VALUE = 200
MAX_OTHER_VALUES = 10


def shorten_query(raw: str | None) -> tuple[str, bool]:
    """The search text cut (at a word boundary when possible) to fit ``MAX_ENCODED_QUERY``."""
    text = normalize_space(raw or "")
    if len(quote_plus(text)) <= MAX_ENCODED_QUERY:
        return text, False
    cut = text[:MAX_ENCODED_QUERY]
    while cut and len(quote_plus(cut)) > MAX_ENCODED_QUERY:
        cut = cut[: max(0, len(cut) - max(1, len(cut) // 10))]
    space = cut.rfind(" ")
    if space > len(cut) // 2:
        cut = cut[:space]
    return cut.strip(), True


def canonical(get: QueryDict, filters: Filters, fixed: Iterable[str] = ()) -> QueryDict:
    """The state of a result page as a mutable QueryDict, without ``page``.

    ``fixed`` names filters the page itself imposes (an organisation page's publisher):
    they are left out of links because the view adds them back.
    """
    params = QueryDict(mutable=True)
    query, _cut = shorten_query(get.get("q"))
    query = strip_field_words(query)
    if query:
        params["q"] = query
    for key, values in get.lists():
        if key in PARAMS or key in {"q", "page", "sort"} or len(key) > 40:
            continue
        kept = [v for v in values if len(v) <= MAX_OTHER_VALUE][:MAX_OTHER_VALUES]
        if kept:
            params.setlist(key, kept)
    for key, values in filters.as_params().items():
        if key not in fixed:
            params.setlist(key, list(values))
    if get.get("sort") in SORTS:
        params["sort"] = get["sort"]
    return params


def _copy(params: QueryDict) -> QueryDict:
    """A mutable copy (``QueryDict.copy()`` deep-copies every string: needless work, for a copy
    made for each of the sixty-odd links of a result page)."""
    result = QueryDict(mutable=True)
    for key, values in params.lists():
        result.setlist(key, list(values))
    return result


def href(path: str, params: QueryDict) -> str:
    encoded = params.urlencode()
    return f"{path}?{encoded}" if encoded else path


def _toggled(values: list[str], name: str, value: str, selected: bool) -> list[str]:
    if name == "year":
        return [] if selected else [value]
    if selected:
        return [v for v in values if v != value]
    return values if value in values else [*values, value]


def toggle_hrefs(path: str, params: QueryDict, name: str, options: Iterable[tuple[str, bool]]) -> list[str]:
    """For each option, the link with ``value`` of ``name`` toggled (added, or removed when
    selected; a year replaces the year). The rest of the query string is encoded once: a facet
    of a hub-wide search has dozens of values."""
    keys = list(params)
    if name not in keys:
        keys.append(name)
    encoded = {key: urlencode([(key, v) for v in params.getlist(key)]) for key in keys if key != name}
    current = params.getlist(name)
    hrefs = []
    for value, selected in options:
        values = _toggled(current, name, value, selected)
        parts = [encoded[key] if key != name else urlencode([(name, v) for v in values]) for key in keys]
        query = "&".join(part for part in parts if part)
        hrefs.append(f"{path}?{query}" if query else path)
    return hrefs


def with_sort(params: QueryDict, sort: str) -> QueryDict:
    result = _copy(params)
    result["sort"] = sort
    return result


def with_page(params: QueryDict, page: int) -> QueryDict:
    result = _copy(params)
    if page > 1:
        result["page"] = str(page)
    return result


def as_typed(params: QueryDict) -> QueryDict:
    """The same search, its words taken as typed (no typo correction)."""
    result = _copy(params)
    result["as_typed"] = "1"
    return result


def without_filters(params: QueryDict) -> QueryDict:
    result = _copy(params)
    for name in PARAMS:
        result.pop(name, None)
    return result


def page_window(current: int, last: int, around: int = 2) -> list[int | None]:
    """Page numbers to show: first, last and ``around`` either side of current; None is a gap."""
    shown = {1, last, *range(current - around, current + around + 1)}
    numbers = sorted(n for n in shown if 1 <= n <= last)
    window: list[int | None] = []
    for number in numbers:
        if window and number - (window[-1] or 0) > 1:
            window.append(None)
        window.append(number)
    return window
