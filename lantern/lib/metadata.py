"""Machine-readable page metadata, model-free: schema.org JSON-LD and Highwire ``citation_*`` tags.

Contracts
---------
Both functions take a canonical record (``lantern.catalog.records.to_record``) and absolute URLs
the caller builds (``request.build_absolute_uri``); neither touches the database.

- ``json_ld(record, page_url, files=None, topic_names=None, country_names=None) -> dict`` —
  a schema.org ``Report`` (``Legislation``, ``Dataset``, ``VideoObject``, else ``CreativeWork``)
  with authors (``Person``), publishers (``Organization``), ``datePublished`` at the known
  precision, a ``headline`` of whole words, languages, identifiers (DOI, ISBN), the licence as a
  URL (``licence_url``), ``isBasedOn`` the source URL and one
  ``MediaObject`` per file in ``associatedMedia`` (``contentUrl``, ``encodingFormat``, ``name``,
  ``contentSize``). ``files`` is a list of dicts ``{"url": absolute URL, "media_type", "name",
  "label", "size"}``; when omitted, the record's own files that already have an absolute ``url``
  are used (stored files need the caller's absolute download URL).
- ``json_ld_script(data) -> SafeString`` — the ``<script type="application/ld+json">`` element,
  with ``<``, ``>`` and ``&`` escaped so the JSON cannot close the script early.
- ``citation_meta(record, page_url, pdf_url="") -> list[tuple[str, str]]`` — Highwire Press
  tags in the order Google Scholar and Zotero expect: ``citation_title``, one
  ``citation_author`` per author ("van der Berg, Ludwig"; the publishing organisations when no
  person is named), ``citation_publisher`` (and
  ``citation_technical_report_institution`` for reports), ``citation_publication_date``
  (``YYYY/MM/DD`` for a full date, else ``YYYY``: what Scholar reads; ``citation_date`` keeps
  ``YYYY/MM``), ``citation_language``, ``citation_doi``,
  ``citation_isbn``, ``citation_keywords``, ``citation_abstract_html_url`` and
  ``citation_pdf_url``. ``pdf_url`` defaults to the first PDF among the record's files with an
  absolute URL. Render each as ``<meta name="{{ name }}" content="{{ content }}">`` (autoescaped).
"""

from __future__ import annotations

import json
import re

from django.utils.safestring import SafeString, mark_safe

_SCHEMA_TYPES = {
    "legislation": "Legislation",
    "data": "Dataset",
    "multimedia": "VideoObject",
    "training": "CreativeWork",
}
_REPORT_KINDS = {"report", "research", "guidance", "toolkit", "briefing", "policy", "factsheet"}
HEADLINE_MAX = 110  # Google's limit for an article's headline
_LICENCE_URLS = {
    "OGL-3.0": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    "OGL-UK-3.0": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    "OGL-UK-2.0": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}
_CC = re.compile(r"^CC-(?P<kind>BY(?:-NC)?(?:-SA|-ND)?)-(?P<version>[1-4]\.0)$")
_SPDX_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]*$")
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def _absolute(url: str) -> bool:
    return str(url or "").startswith(("http://", "https://"))


def _default_files(record: dict) -> list[dict]:
    return [f for f in record.get("files") or [] if isinstance(f, dict) and _absolute(f.get("url", ""))]


def schema_type(record: dict) -> str:
    kind = record.get("type") or "report"
    return "Report" if kind in _REPORT_KINDS else _SCHEMA_TYPES.get(kind, "CreativeWork")


def json_ld(
    record: dict,
    page_url: str,
    files: list[dict] | None = None,
    topic_names: list[str] | None = None,
    country_names: list[str] | None = None,
) -> dict:
    """A schema.org description of the resource (see the module docstring)."""
    files = _default_files(record) if files is None else files
    data: dict = {
        "@context": "https://schema.org",
        "@type": schema_type(record),
        "@id": page_url,
        "url": page_url,
        "name": record.get("title") or "",
        "headline": headline(record.get("title") or ""),
        "description": record.get("teaser") or record.get("summary") or "",
        "abstract": record.get("summary") or "",
        "author": [{"@type": "Person", "name": name} for name in record.get("authors") or []],
        "publisher": [{"@type": "Organization", "name": name} for name in record.get("publishers") or []],
        "datePublished": record.get("date") or "",
        "dateModified": record.get("updated_at") or "",
        "inLanguage": list(record.get("languages") or []),
        "keywords": list(topic_names if topic_names is not None else record.get("topics") or []),
        "spatialCoverage": [{"@type": "Country", "name": n} for n in country_names or record.get("countries") or []],
        "license": licence_url(record.get("licence") or ""),
        "isBasedOn": record.get("source_url") or "",
        "version": record.get("edition") or "",
        "identifier": _identifiers(record),
        "associatedMedia": [_media(f) for f in files if f.get("url")],
    }
    if record.get("status") == "withdrawn":
        data["creativeWorkStatus"] = "Withdrawn"
    return {k: v for k, v in data.items() if v not in ("", [], None)}


def _identifiers(record: dict) -> list[dict]:
    found = []
    if record.get("doi"):
        found.append({"@type": "PropertyValue", "propertyID": "DOI", "value": record["doi"]})
    if record.get("isbn"):
        found.append({"@type": "PropertyValue", "propertyID": "ISBN", "value": record["isbn"]})
    return found


def _media(file: dict) -> dict:
    media = {
        "@type": "MediaObject",
        "contentUrl": file.get("url") or "",
        "encodingFormat": file.get("media_type") or "",
        "name": file.get("label") or file.get("name") or "",
        "contentSize": str(file["size"]) if file.get("size") else "",
    }
    return {k: v for k, v in media.items() if v}


def json_ld_script(data: dict) -> SafeString:
    """The ``<script type="application/ld+json">`` element for ``data``, safe to put in a page."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def headline(title: str, limit: int = HEADLINE_MAX) -> str:
    """The title, or as many whole words of it as fit in ``limit`` characters with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    words = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return words.rstrip(" ,;:.-–—") + "…"


def licence_url(licence: str) -> str:
    """A licence as the URL schema.org and search engines expect: a URL stays one, a known SPDX
    identifier becomes its licence's own page, another SPDX-shaped identifier its SPDX page."""
    licence = licence.strip()
    if not licence or _absolute(licence):
        return licence
    key = licence.upper().replace(" ", "-")
    if key in _LICENCE_URLS:
        return _LICENCE_URLS[key]
    if match := _CC.match(key):
        return f"https://creativecommons.org/licenses/{match['kind'].lower()}/{match['version']}/"
    return f"https://spdx.org/licenses/{licence}.html" if _SPDX_ID.match(licence) else ""


def _scholar_date(value: str) -> str:
    """``YYYY/MM/DD`` for a full date, else the year: the two forms Google Scholar reads."""
    value = str(value or "")[:10]
    return value.replace("-", "/") if len(value) == 10 else value[:4]


def _highwire_date(value: str) -> str:
    return str(value or "")[:10].replace("-", "/")


def _citation_authors(record: dict) -> list[str]:
    """The persons ("van der Berg, Ludwig"), or the publishing organisations when no person is named:
    Google Scholar indexes only pages with a ``citation_author``."""
    from lantern.lib.citations import sort_name

    people = [sort_name(a) for a in record.get("authors") or [] if str(a).strip()]
    return people or [str(p) for p in record.get("publishers") or [] if str(p).strip()]


def citation_meta(record: dict, page_url: str, pdf_url: str = "") -> list[tuple[str, str]]:
    """Highwire ``citation_*`` (name, content) pairs (see the module docstring)."""
    if not pdf_url:
        pdfs = [f["url"] for f in _default_files(record) if "pdf" in (f.get("media_type") or f["url"]).lower()]
        pdf_url = pdfs[0] if pdfs else ""
    tags: list[tuple[str, str]] = [("citation_title", record.get("title") or "")]
    tags += [("citation_author", name) for name in _citation_authors(record)]
    publishers = record.get("publishers") or []
    tags += [("citation_publisher", p) for p in publishers]
    if (record.get("type") or "report") in _REPORT_KINDS:
        tags += [("citation_technical_report_institution", p) for p in publishers[:1]]
    tags += [
        ("citation_publication_date", _scholar_date(record.get("date") or "")),
        ("citation_date", _highwire_date(record.get("date") or "")),
    ]
    tags += [("citation_language", code) for code in record.get("languages") or []]
    tags += [
        ("citation_doi", record.get("doi") or ""),
        ("citation_isbn", record.get("isbn") or ""),
        ("citation_keywords", "; ".join(record.get("topics") or [])),
        ("citation_abstract_html_url", page_url),
        ("citation_pdf_url", pdf_url),
    ]
    return [(name, content) for name, content in tags if content]
