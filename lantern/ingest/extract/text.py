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
    return _repeated([_edge_keys(page.splitlines()) for page in pages])


def _repeated(edge_keys: list[dict[int, str]]) -> set[str]:
    if len(edge_keys) < 3:
        return set()
    counts: Counter[str] = Counter()
    for keys in edge_keys:
        counts.update(set(keys.values()))
    threshold = max(3, len(edge_keys) // 2)
    return {key for key, n in counts.items() if n >= threshold}


def strip_running(pages: list[str]) -> list[str]:
    split = [page.splitlines() for page in pages]
    edge_keys = [_edge_keys(lines) for lines in split]  # each page's edge lines keyed once
    repeated = _repeated(edge_keys)
    repeated.add("#")  # a bare page number
    cleaned = []
    for lines, keys in zip(split, edge_keys, strict=True):
        drop = {i for i, key in keys.items() if key in repeated}
        cleaned.append("\n".join([ln for i, ln in enumerate(lines) if i not in drop] if drop else lines))
    return cleaned


def _edge_keys(lines: list[str]) -> dict[int, str]:
    """The first and last EDGE_LINES non-blank lines, by index, with their keys."""
    keys: dict[int, str] = {}
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):  # from each end
        found = 0
        for i in order:
            if lines[i].strip():
                if i not in keys:
                    keys[i] = _key(lines[i])
                found += 1
                if found == EDGE_LINES:
                    break
    return keys


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
        if current and current[-1].endswith((".", "!", "?", ":")) and _label(line, following):
            result.append(" ".join(current))  # a form's label after a finished sentence starts afresh
            current = []
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


def _label(line: str, following: str) -> bool:
    """A short line that ends no sentence and runs into no lower-case line: a heading or a form's label."""
    return len(line) < 60 and not line.endswith((".", "!", "?", ",", ";")) and not following[:1].islower()


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
