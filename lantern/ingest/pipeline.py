"""From an extracted document to the facts of a draft record (no writing: ``jobs.save`` writes).

``read`` turns a local file into ``Extracted`` with the right source; ``analyse`` is
``metadata`` — what the document states: title, publisher, authors, date, languages,
identifiers — then ``derive`` — what is made from its text: teaser, summary and suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lantern.ingest import known, sources
from lantern.ingest.extract import dates, identifiers, language, people, publisher, suggest, summary, title
from lantern.ingest.extract.text import strip_running
from lantern.ingest.sources.base import Extracted, Limits


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
    """(source module, Extracted, warnings) for a local file."""
    source = sources.detect(path, media_type)
    warnings = []
    if name and (note := sources.extension_warning(name, source)):
        warnings.append(note)
    if source.NAME in ("html", "text"):
        options = {"declared_charset": charset, **({"url": url} if source.NAME == "html" else {})}
        extracted = source.extract(path, limits, **options)
    elif source.NAME == "pdf":
        extracted = source.extract(path, limits, progress=progress)
    else:
        extracted = source.extract(path, limits)
    extracted.warnings[:0] = warnings
    return source, extracted


def analyse(extracted: Extracted, fallback_title: str) -> Analysis:
    """``metadata``, then ``derive``."""
    with known.checking():  # the catalogue's copies checked once for the whole document
        return derive(metadata(extracted, fallback_title), extracted)


def metadata(extracted: Extracted, fallback_title: str) -> Analysis:
    """What the document states: title, authors, publisher, date, languages, DOI and ISBN."""
    with known.checking():
        return _metadata(extracted, fallback_title)


def derive(analysis: Analysis, extracted: Extracted) -> Analysis:
    """What is made from the text ``metadata`` read: teaser, summary and suggestions (in place)."""
    with known.checking():
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
    result.publisher = publisher.find(pages, extracted.meta)
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
    result.teaser = summary.teaser(found, extracted.meta.get("description", "") or extracted.meta.get("subject", ""))
    result.summary = " ".join(summary.summarise(found, chosen))
    result.suggestions = suggest.suggest(chosen, "\n".join(pages))
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
