"""Cleaning page text: running headers and footers out, lines joined into paragraphs and sentences."""

from __future__ import annotations

import re
from collections import Counter

_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-ZÀ-ÖØ-Þ¿¡])")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "Mr.", "Mrs.", "Ms.", "Dr.", "No.", "p.", "pp.", "vol.", "cf.", "St.")
EDGE_LINES = 2


def _key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).lower())


def running_lines(pages: list[str]) -> set[str]:
    """Lines repeated at the top or bottom of many pages (page numbers included), as keys."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [ln for ln in page.splitlines() if ln.strip()]
        edges = {_key(ln) for ln in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
        counts.update(edges)
    threshold = max(3, len(pages) // 2)
    return {key for key, n in counts.items() if n >= threshold}


def strip_running(pages: list[str]) -> list[str]:
    repeated = running_lines(pages)
    repeated.add("#")  # a bare page number
    cleaned = []
    for page in pages:
        lines = page.splitlines()
        edges = _edges(lines)
        keep = [ln for i, ln in enumerate(lines) if not (i in edges and _key(ln) in repeated)]
        cleaned.append("\n".join(keep))
    return cleaned


def _edges(lines: list[str]) -> set[int]:
    """Indexes of the first and last EDGE_LINES non-blank lines."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return {*filled[:EDGE_LINES], *filled[-EDGE_LINES:]}


def paragraphs(page: str) -> list[str]:
    """Join wrapped lines; a short line followed by a capitalised one (a heading) stands alone."""
    lines = [" ".join(raw.split()) for raw in page.splitlines()]
    result: list[str] = []
    current: list[str] = []
    for line, following in zip(lines, _next_filled(lines), strict=True):
        if not line:
            if current:
                result.append(" ".join(current))
                current = []
            continue
        if current and current[-1].endswith("-") and line[:1].islower():
            current[-1] = current[-1][:-1] + line
        else:
            current.append(line)
        continues = following[:1].islower() or line.endswith((",", ";"))
        heading = len(line) < 60 and not line.endswith((".", "!", "?")) and not continues and len(current) == 1
        if heading or line.endswith((".", "!", "?", ":")) and len(line) < 40 and not continues:
            result.append(" ".join(current))
            current = []
    if current:
        result.append(" ".join(current))
    return result


def _next_filled(lines: list[str]) -> list[str]:
    """For each line, the next non-empty line after it ("" for none)."""
    following, after = [], ""
    for line in reversed(lines):
        following.append(after)
        after = line or after
    return following[::-1]


def sentences(paragraph: str) -> list[str]:
    protected = paragraph
    for abbreviation in _ABBREVIATIONS:
        protected = protected.replace(abbreviation, abbreviation.replace(".", "\x01"))
    return [s.replace("\x01", ".").strip() for s in _SENTENCE_END.split(protected) if s.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())
