"""The title: from the document's metadata, its first-page layout or its HTML — whichever is right.

Metadata titles often lie (a template's "Home Office document template", a working name
like "NRM - Prompt sheet", "Microsoft Word - draft3.docx"), so a metadata title is trusted
only when the first pages bear it out; otherwise the largest type at the top of page 1 wins.
"""

from __future__ import annotations

import re
from statistics import median

from lantern.ingest.extract.dates import is_date_only
from lantern.ingest.extract.text import words
from lantern.ingest.sources.base import Extracted, Line
from lantern.lib.text import count_letters

_JUNK = re.compile(
    r"(template|^untitled|^microsoft\s|^document\d*$|^doc\d*$|^title$|^presentation|^slide|^\[|^\(|"
    r"\.(docx?|pdf|indd|qxd|pptx?|rtf|odt)$|^[\w-]+_[\w-]+$|^\d+$|^layout\s|^draft\b|^new document)",
    re.IGNORECASE,
)
_SITE_SUFFIX = re.compile(r"\s+[|–—·•:-]\s+[^|–—·•]{2,60}$")
MAX_TITLE_LINES = 4
COVER_CHARACTERS = 600  # at most this much text on a page read as a cover


def plausible(title: str) -> bool:
    title = " ".join(title.split())
    return 4 <= len(title) <= 400 and len(words(title)) >= 2 and not _JUNK.search(title)


def borne_out(title: str, text: str) -> bool:
    """Most of the title's words are on the first pages."""
    wanted = set(words(title))
    return bool(wanted) and len(wanted & set(words(text))) / len(wanted) >= 0.8


def layout_title(lines: list[Line]) -> str:
    usable = [ln for ln in lines if _usable(ln.text)]
    if not usable:
        return ""
    body = median([ln.size for ln in lines for _ in range(max(1, len(ln.text) // 20))])
    biggest = max(ln.size for ln in usable)
    if biggest < body * 1.15 and sum(len(ln.text) for ln in lines) <= COVER_CHARACTERS:
        # A cover's few lines: a title of three or four lines is most of its type, so the other
        # lines (subtitle, publisher, date) say what size the title must stand out from.
        rest = [ln.size for ln in lines if ln.size < biggest * 0.92 for _ in range(max(1, len(ln.text) // 20))]
        body = median(rest) if rest else body
    if biggest < body * 1.15 and not any(ln.bold for ln in usable[:3]):
        return ""
    if biggest < body * 1.15:
        biggest = max(ln.size for ln in usable[:3] if ln.bold)
    ordered = sorted(usable, key=lambda ln: ln.top)
    block: list[Line] = []
    for line in ordered:
        big = line.size >= biggest * 0.92
        if not block:
            if big:
                block.append(line)
            continue
        if big and line.top - block[-1].top < 0.12 and len(block) < MAX_TITLE_LINES:
            block.append(line)
        else:
            break
    return join_lines([ln.text for ln in block])


def join_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        line = line.strip()
        text = text[:-1] + line if text.endswith("-") and line[:1].islower() else f"{text} {line}".strip()
    return " ".join(text.split()).strip(" .,;")


def _usable(text: str) -> bool:
    letters = count_letters(text)
    return letters >= 3 and len(text) <= 250 and not is_date_only(text) and "@" not in text and "://" not in text


def choose(extracted: Extracted, first_pages: str, fallback: str) -> tuple[str, str]:
    """(title, where it came from)."""
    meta = extracted.meta
    if extracted.media_type == "text/html":
        for key in ("title", "hint", "og_title", "html_title"):
            value = extracted.title_hint if key == "hint" else meta.get(key, "")
            if key == "html_title":
                value = _SITE_SUFFIX.sub("", value)
            if plausible(value):
                return " ".join(value.split()), key
    candidates = [layout_title(lines) for lines in extracted.layout[:2]]
    from_layout = next((c for c in candidates if c), "")
    meta_title = meta.get("title", "")
    if extracted.title_hint and plausible(extracted.title_hint):
        return extracted.title_hint, "title style"
    if plausible(meta_title) and borne_out(meta_title, first_pages):
        if from_layout and set(words(meta_title)) < set(words(from_layout)):
            return from_layout, "layout"
        return meta_title, "metadata"
    if from_layout:
        return from_layout, "layout"
    if plausible(meta_title):
        return meta_title, "metadata (not found on the first pages)"
    lines = first_pages.splitlines()
    for n, line in enumerate(lines):
        if _usable(line.strip()) and len(words(line)) >= 2:
            return _first_block(lines[n:]) or " ".join(line.split())[:300], "first line"
    return fallback, "file name"


def _first_block(lines: list[str]) -> str:
    """The first lines when a blank line ends them soon (a title wrapped over a few lines, as OCR
    gives a scan's cover); "" when they run on (text with no blank lines, a paragraph)."""
    block = []
    for line in lines:
        if not line.strip():
            text = join_lines(block)
            return text if len(text) <= 200 else ""
        block.append(line)
        if len(block) > MAX_TITLE_LINES:
            return ""
    return ""
