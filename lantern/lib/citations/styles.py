"""Formatted citations (APA, Harvard) through citeproc-py and the styles shipped in ``lantern/lib/data``."""

from __future__ import annotations

import html
import re
from functools import cache

from lantern.lib.citations.common import _DATA, STYLES, _author_list
from lantern.lib.citations.csl import to_csl


# --- formatted citations -----------------------------------------------------------------------
@cache
def _style(name: str):
    from citeproc import CitationStylesStyle

    return CitationStylesStyle(str(_DATA / STYLES[name]), validate=False)


def _edition(value: str) -> str:
    # A number is an edition's ordinal to CSL ("2" → "2nd ed."); an edition named by its year is not.
    return f"{value} edition" if re.fullmatch(r"\d{4}(\s*[-/–]\s*\d{2,4})?", value.strip()) else value


def format_citation(record: dict, style: str = "apa", output: str = "text") -> str:
    """One bibliography entry in APA 7 or Harvard (Cite Them Right); ``output`` "text" or "html".

    Raises ValueError for an unknown style or output. HTML output is escaped by citeproc-py
    (only its own ``<i>``/``<b>`` tags appear). With no personal authors, the publishers are
    cited as group authors and not repeated as publisher.
    """
    import warnings

    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; use one of {', '.join(STYLES)}")
    if output not in {"text", "html"}:
        raise ValueError("output must be 'text' or 'html'")
    item = to_csl(record)
    item["id"] = "item"
    for unused in ("abstract", "genre", "keyword", "license", "custom"):
        item.pop(unused, None)
    if item.get("edition"):
        item["edition"] = _edition(item["edition"])
    if _author_list(record)[1] and item.get("author"):
        item.pop("publisher", None)  # APA and Harvard do not repeat a publisher that is the author
    if output == "html":
        # citeproc-py's HTML formatter does not escape the data it is given.
        item = {k: html.escape(v, quote=False) if isinstance(v, str) else v for k, v in item.items()}
        item["author"] = [{k: html.escape(str(v), quote=False) for k, v in n.items()} for n in item.get("author", [])]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL features it skips
        bibliography = CitationStylesBibliography(
            _style(style), CiteProcJSON([item]), formatter.html if output == "html" else formatter.plain
        )
        bibliography.register(Citation([CitationItem("item")]))
        entries = bibliography.bibliography()
    text = str(entries[0]) if entries else ""
    return " ".join(text.split())
