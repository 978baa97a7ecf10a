""" "Cite this": a resource's reference in APA and Harvard, and as BibTeX and RIS files.

The formats themselves live in ``lantern.lib.citations`` (model-free, working on canonical
records); this module only feeds it ``to_record(resource)`` and keeps the formatted text of
unchanged resources, because formatting with citeproc costs more than the rest of a page.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache

from django.utils.translation import gettext_lazy as _

from lantern.catalog.records import citation_record, to_record

logger = logging.getLogger(__name__)

STYLES = {"apa": _("APA"), "harvard": _("Harvard")}
# Format → (label, writer name in lantern.lib.citations, media type, file extension).
DOWNLOADS = {
    "bibtex": ("BibTeX", "to_bibtex", "application/x-bibtex", "bib"),
    "ris": ("RIS", "to_ris", "application/x-research-info-systems", "ris"),
}


def _citations():
    try:
        from lantern.lib import citations
    except ImportError:  # the interop module is not there yet: the page shows the plain line only
        return None
    return citations


def available() -> bool:
    return _citations() is not None


@lru_cache(maxsize=512)
def _format(record_json: str, style: str) -> str:
    citations = _citations()
    return citations.format_citation(json.loads(record_json), style=style, output="html")


def formatted(resource) -> list[dict]:
    """APA and Harvard entries as safe HTML (citeproc escapes the data, adds only <i>/<b>)."""
    if not available():
        return []
    from django.utils.safestring import mark_safe

    record = json.dumps(to_record(resource), sort_keys=True, default=str)
    entries = []
    for style, label in STYLES.items():
        try:
            html = _format(record, style)
        except Exception:  # noqa: BLE001 - a citation must never break the page
            logger.exception("Could not format %s as %s", resource.slug, style)
            continue
        entries.append({"style": style, "label": label, "html": mark_safe(html)})  # noqa: S308
    return entries


def export(resource, fmt: str) -> tuple[str, str, str]:
    """(text, media type, extension) of one resource's reference in a download format."""
    _label, writer, media_type, extension = DOWNLOADS[fmt]
    text = getattr(_citations(), writer)([citation_record(resource)])
    return text, media_type, extension
