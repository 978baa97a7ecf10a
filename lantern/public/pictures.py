"""The pictures of a result page: a year histogram and a map of the countries covered.

Both are inline SVG drawn with attributes only (the site's Content-Security-Policy allows no
inline style), hidden from assistive technology: the links and lists beside them carry the
same facts as text.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from lantern.public import labels

WORLD = Path(__file__).resolve().parent / "data" / "world.json"
HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT = 240, 48
MAX_YEARS = 60


def histogram(values) -> dict | None:
    """Bars for the year facet's values (``.value`` a year, ``.count``, ``.selected``)."""
    counts = {int(v.value): v.count for v in values if str(v.value).isdigit()}
    if len(counts) < 2:
        return None
    selected = {int(v.value) for v in values if v.selected and str(v.value).isdigit()}
    last = max(counts)
    first = max(min(counts), last - MAX_YEARS + 1)
    years = list(range(first, last + 1))
    tallest = max(counts.values())
    step = HISTOGRAM_WIDTH / len(years)
    bars = []
    for index, year in enumerate(years):
        count = counts.get(year, 0)
        height = round(HISTOGRAM_HEIGHT * count / tallest, 1) if count else 0
        bars.append(
            {
                "year": year,
                "count": count,
                "x": round(index * step, 2),
                "width": round(max(step - 1, 1), 2),
                "y": round(HISTOGRAM_HEIGHT - height, 1),
                "height": height,
                "selected": year in selected,
            }
        )
    # Numbers written by Python, not by the template, which would localise them ("12,5" in French
    # is not an SVG number); the only text is the year and its count, grouped the page's way.
    mark = ' class="is-selected"'
    bars_html = mark_safe(  # noqa: S308 - numbers only
        "".join(
            f'<rect x="{bar["x"]}" y="{bar["y"]}" width="{bar["width"]}" height="{bar["height"]}"'
            f"{mark if bar['selected'] else ''}><title>{bar['year']}: {labels.number(bar['count'])}</title></rect>"
            for bar in bars
            if bar["count"]
        )
    )
    return {
        "bars": bars,
        "bars_html": bars_html,
        "width": HISTOGRAM_WIDTH,
        "height": HISTOGRAM_HEIGHT,
        "first": first,
        "last": last,
    }


@cache
def _world() -> dict:
    world = json.loads(WORLD.read_text())
    # Escaped once here: escaping a few kilobytes of path data per country, for the 200 shapes of
    # a hub-wide search, would be most of the map's cost.
    world["paths"] = {code: escape(path) for code, path in world["paths"].items()}
    return world


def world_map(countries: list[tuple[str, str, int]]) -> dict | None:
    """Shapes of the covered countries (code, name, count), shaded by how many resources."""
    if not countries:
        return None
    world = _world()
    tallest = max(count for _code, _name, count in countries)
    shapes = []
    for code, name, count in countries:
        path = world["paths"].get(code)
        if path:
            level = 1 + min(3, int(3 * count / tallest)) if tallest > 1 else 2
            shapes.append({"code": code, "name": name, "count": count, "d": path, "level": level})
    # The shapes as markup built here, not by a template loop: a hub-wide search covers nearly
    # every country, and 200 paths through the template engine cost far more than this.
    # Path data is escaped already (``_world``); the level is a number; names and counts escaped here.
    paths = mark_safe(  # noqa: S308 - every value is escaped or a number
        "".join(
            f'<path class="level-{shape["level"]}" d="{shape["d"]}"><title>{escape(shape["name"])}: '
            f"{escape(labels.number(shape['count']))}</title></path>"
            for shape in shapes
        )
    )
    return {
        "width": world["width"],
        "height": world["height"],
        "shapes": shapes,
        "paths": paths,
        "countries": countries,
    }


def linked_map(countries: list[tuple[str, str, int]], url_name: str, param: str = "") -> dict | None:
    """A map whose shaded countries are links, each reached by Tab and named by its text.

    ``countries`` are (code, name, count); each shape links to ``url_name`` with the code as
    its argument, or as the query parameter ``param`` when one is given. A table beside the map
    carries the same facts as text.
    """
    drawn = world_map(countries)
    if drawn is None:
        return None
    base = reverse(url_name) if param else ""

    def href(code: str) -> str:
        return f"{base}?{param}={code}" if param else reverse(url_name, args=[code])

    items = []
    for shape in drawn["shapes"]:
        name = f"{shape['name']}: {labels.number(shape['count'])}"
        items.append(
            f'<a href="{escape(href(shape["code"]))}" aria-label="{escape(name)}"><path class="level-{shape["level"]}" d="{shape["d"]}">'
            f"<title>{escape(name)}</title></path></a>"
        )
    rows = [{"code": code, "name": name, "count": count, "url": href(code)} for code, name, count in countries]
    return {**drawn, "paths": mark_safe("".join(items)), "rows": rows}  # noqa: S308 - every value is escaped or a number
