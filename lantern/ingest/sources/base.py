"""The shape every source shares: what goes in (``Limits``, ``Hints``) and what comes out (``Extracted``).

A source is a package under ``lantern/ingest/sources/`` with ``NAME``, ``MEDIA_TYPE``,
``EXTENSIONS``, ``sniff(head: bytes) -> bool`` and ``extract(path, limits, hints) -> Extracted``;
adding one means copying a sibling and listing it in ``sources/__init__.py`` (CONTRIBUTING.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_pages: int
    max_expanded_bytes: int
    fetch_timeout: float
    max_redirects: int
    allow_private_urls: bool
    max_memory_mb: int = 1536  # the reading process's address space (lantern.ingest.pipeline.read_bounded)
    extract_timeout: float = 300.0  # seconds that process may take
    max_xml_nodes: int = 5_000_000  # elements in a Word part or a web page
    ocr_languages: str = "eng+fra+spa"  # Tesseract's languages for scanned pages; "" turns OCR off

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
            max_memory_mb=settings.LANTERN_INGEST_MAX_MEMORY_MB,
            extract_timeout=float(settings.LANTERN_INGEST_EXTRACT_TIMEOUT),
            max_xml_nodes=settings.LANTERN_INGEST_MAX_XML_NODES,
            ocr_languages=settings.LANTERN_INGEST_OCR_LANGUAGES,
        )


@dataclass(frozen=True)
class Hints:
    """What is known about a file besides its bytes; each source uses what applies to it."""

    charset: str = ""  # the encoding a server declared (web pages, text)
    url: str = ""  # where the file was found (a web page's links and metadata are read against it)
    progress: Callable[[int, int], None] | None = None  # progress(done, total) every few pages


NO_HINTS = Hints()


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
    recognised: list[int] = field(default_factory=list)  # numbers of the pages whose text is OCR's
    warnings: list[str] = field(default_factory=list)
    final_url: str = ""  # for URLs: where the document was found after redirects
