"""From an extracted document to the facts of a draft record (no writing: ``jobs.save`` writes).

``read`` turns a local file into the source that read it and its ``Extracted`` (``read_bounded``
does it in a child process with bounded memory and time, for every file a person sent); ``analyse`` is
``metadata`` — what the document states: title, publisher, authors, date, languages,
identifiers — then ``derive`` — what is made from its text: teaser, summary and suggestions.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from lantern.catalog import versions
from lantern.ingest import sources
from lantern.ingest.errors import IngestError, TransientError
from lantern.ingest.extract import dates, identifiers, language, people, publisher, suggest, summary, title
from lantern.ingest.extract.text import strip_running
from lantern.ingest.sources.base import Extracted, Limits
from lantern.lib import sandbox

logger = logging.getLogger(__name__)


@dataclass
class Analysis:
    title: str
    title_source: str
    teaser: str = ""
    summary: str = ""
    authors: list[str] = field(default_factory=list)
    publisher: publisher.Publisher | None = None
    date: dates.Found | None = None
    languages: list[str] = field(default_factory=list)
    page_languages: list[str] = field(default_factory=list)
    doi: str = ""
    isbn: str = ""
    suggestions: list[suggest.Suggestion] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # What ``derive`` reads: the pages with running headers out, the title as found (uncut).
    pages: list[str] = field(default_factory=list, repr=False)
    found_title: str = field(default="", repr=False)


def read(
    path: Path, limits: Limits, name: str = "", media_type: str = "", charset: str = "", url: str = "", progress=None
):
    """(source module, Extracted) for a local file, read in this process: for files
    Lantern trusts (its demo) and for measuring speed. Anything a person sent goes through
    ``read_bounded``."""
    return sources.read(path, limits, name, media_type, charset, url, progress)


def read_bounded(
    path: Path, limits: Limits, name: str = "", media_type: str = "", charset: str = "", url: str = "", progress=None
):
    """``read`` in a child process that may use at most ``limits.max_memory_mb`` of address space
    and ``limits.extract_timeout`` seconds (lantern.lib.sandbox): a document that asks a parser
    for more ends as a clear error (too_large, timeout), and this process stays as it was."""
    options = {"name": name, "media_type": media_type, "charset": charset, "url": url}
    last = [0, 1]  # pages read, of: said again while the child is silent, to keep a job's heartbeat

    def relay(done: int, total: int) -> None:
        last[:] = done, total
        progress(done, total)

    try:
        finished = _SANDBOX.run(
            "lantern.ingest.sources:read_in_child",
            {"path": str(path), "limits": limits, **options},
            memory_mb=limits.max_memory_mb,
            seconds=limits.extract_timeout,
            progress=relay if progress else None,
            beat=(lambda: progress(*last)) if progress else None,
        )
    except sandbox.Stopped as stop:
        raise _stopped(stop, limits) from None
    except sandbox.Failed as failure:
        logger.error("Reading %s failed in its child process:\n%s", path, failure.details)
        raise
    logger.debug("Read %s in a child process: peak memory %.0f MB", path, finished.peak_mb)
    outcome, *rest = finished.value
    if outcome == "error":
        raise IngestError(*rest)
    source_name, extracted = rest
    return sources.by_name(source_name), extracted


# The reading process's server imports these once, so that each document's child starts at once.
_SANDBOX = sandbox.Sandbox(
    preload=("lantern.ingest.sources", "pypdfium2", "pypdfium2.raw", "lxml.etree", "lxml.html", "trafilatura")
)


def _stopped(stop: sandbox.Stopped, limits: Limits) -> IngestError:
    if stop.reason == "memory":
        return IngestError(
            "too_large",
            f"Reading the document needed more than the {limits.max_memory_mb} MB of memory allowed "
            "(LANTERN_INGEST_MAX_MEMORY_MB); it was stopped.",
        )
    if stop.reason == "timeout":
        return IngestError(
            "timeout",
            f"Reading the document took longer than the {limits.extract_timeout:g} s allowed "
            "(LANTERN_INGEST_EXTRACT_TIMEOUT); it was stopped.",
        )
    if stop.reason == "lost":
        return TransientError("reader_lost", f"The process reading the document went away ({stop.detail}).")
    return IngestError(
        "corrupt",
        f"The reader stopped on this file ({stop.signal_name or stop.detail}): it is damaged "
        "or uses something Lantern cannot read.",
    )


def analyse(extracted: Extracted, fallback_title: str) -> Analysis:
    """``metadata``, then ``derive``."""
    with versions.reading():  # whether the catalogue's copies are up to date: asked once a document
        return derive(metadata(extracted, fallback_title), extracted)


def metadata(extracted: Extracted, fallback_title: str) -> Analysis:
    """What the document states: title, authors, publisher, date, languages, DOI and ISBN."""
    with versions.reading():
        return _metadata(extracted, fallback_title)


def derive(analysis: Analysis, extracted: Extracted) -> Analysis:
    """What is made from the text ``metadata`` read: teaser, summary and suggestions (in place)."""
    with versions.reading():
        return _derive(analysis, extracted)


def _metadata(extracted: Extracted, fallback_title: str) -> Analysis:
    pages = strip_running(extracted.pages) if extracted.text_layer else extracted.pages
    first = "\n".join(pages[:2])
    chosen, where = title.choose(extracted, first, fallback_title)
    result = Analysis(title=chosen[:500], title_source=where, pages=pages, found_title=chosen)
    if not extracted.text_layer:
        result.warnings.append("No text could be read, so title, date and summary need a curator.")
        return result
    result.authors = people.authors(pages)
    if not result.authors and extracted.media_type == "text/html" and extracted.meta.get("author"):
        author = extracted.meta["author"]
        if not people.looks_like_organisation(author):
            result.authors = [a.strip() for a in author.split(";") if a.strip()][:20]
    paged = extracted.media_type != "text/html"  # a web page has no cover, its first lines are menus
    result.publisher = publisher.find(pages, extracted.meta, chosen, extracted.pages, paged)
    result.date = dates.find(pages, extracted.meta.get("date", ""))
    result.page_languages, result.languages = language.per_page(pages)
    if not result.languages and (declared := extracted.meta.get("language", "")[:2].lower()):
        result.languages = [declared]
    result.warnings += _language_notes(result.page_languages, result.languages)
    text = "\n".join(pages)[:500_000]
    result.doi = identifiers.doi(extracted.meta.get("doi", "") or text)
    result.isbn = identifiers.isbn(extracted.meta.get("isbn", "") and f"ISBN {extracted.meta['isbn']}" or text)
    return result


def _derive(result: Analysis, extracted: Extracted) -> Analysis:
    chosen = result.found_title
    if not extracted.text_layer:
        result.suggestions = suggest.suggest(chosen, "")
        return result
    pages = result.pages
    found = summary.candidate_sentences(pages)
    description = extracted.meta.get("description", "") or extracted.meta.get("subject", "")
    result.teaser = summary.teaser(found, description, chosen, pages)
    if summary.is_form(pages):  # a form's questions are labels, not what it says
        found = [s for s in found if not s.text.endswith("?")]
    result.summary = " ".join(summary.summarise(found, chosen))
    result.suggestions = suggest.suggest(chosen, "\n".join(pages), pages=extracted.page_count)
    return result


def _language_notes(per_page: list[str], main: list[str]) -> list[str]:
    if len(per_page) < 2 or not main:
        return []
    others: dict[str, list[int]] = {}
    for number, code in enumerate(per_page, start=1):
        if code and code != main[0]:
            others.setdefault(code, []).append(number)
    return [f"Pages in {code}: {_ranges(numbers)}." for code, numbers in others.items()]


def _ranges(numbers: list[int]) -> str:
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(str(start) if start == n else f"{start}–{n}")
            start = None
    return ", ".join(parts[:20])
