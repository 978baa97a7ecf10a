"""The shape every source shares: what goes in (``Input``) and what comes out (``Extracted``).

A source is a package under ``lantern/ingest/sources/`` with ``NAME``, ``MEDIA_TYPE``,
``EXTENSIONS``, ``sniff(head: bytes) -> bool`` and ``extract(path, limits) -> Extracted``;
adding one means copying a sibling and listing it in ``sources/__init__.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_pages: int
    max_expanded_bytes: int
    fetch_timeout: float
    max_redirects: int
    allow_private_urls: bool

    @classmethod
    def from_settings(cls) -> Limits:
        from django.conf import settings

        return cls(
            max_bytes=settings.LANTERN_INGEST_MAX_FILE_MB * 1024 * 1024,
            max_pages=settings.LANTERN_INGEST_MAX_PAGES,
            max_expanded_bytes=settings.LANTERN_INGEST_MAX_EXPANDED_MB * 1024 * 1024,
            fetch_timeout=float(settings.LANTERN_INGEST_FETCH_TIMEOUT),
            max_redirects=settings.LANTERN_INGEST_MAX_REDIRECTS,
            allow_private_urls=settings.LANTERN_INGEST_ALLOW_PRIVATE_URLS,
        )


@dataclass
class Line:
    """A line of the first pages' layout: its text, font size and distance from the page top (0–1)."""

    text: str
    size: float
    top: float
    bold: bool = False


@dataclass
class Extracted:
    """What a source read from a document, before any guessing."""

    media_type: str
    pages: list[str] = field(default_factory=list)  # text per page, page 1 first
    page_count: int | None = None  # None where the format has no pages (a web page)
    meta: dict[str, str] = field(default_factory=dict)  # title, author, description, date, site_name, language…
    layout: list[list[Line]] = field(default_factory=list)  # lines of the first pages, when known
    title_hint: str = ""  # a title the format marks as one (a Word "Title" style, an HTML <h1>)
    text_layer: bool = True  # False: a scan with no text to read
    warnings: list[str] = field(default_factory=list)
    final_url: str = ""  # for URLs: where the document was found after redirects
