"""The publication date and its precision, from the document's own words.

A dated front page ("October 2017"), a "Published:" or "Last updated:" line, then a
copyright line ("© Crown copyright 2017") — in English, French, Spanish, Portuguese or
German. File metadata dates are never taken for a publication date: they say when a file
was made, which for grey literature is often years off.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    **dict.fromkeys(["january", "jan", "janvier", "enero", "janeiro", "januar"], 1),
    **dict.fromkeys(["february", "feb", "février", "fevrier", "febrero", "fevereiro", "februar"], 2),
    **dict.fromkeys(["march", "mar", "mars", "marzo", "março", "marco", "märz", "maerz"], 3),
    **dict.fromkeys(["april", "apr", "avril", "abril"], 4),
    **dict.fromkeys(["may", "mai", "mayo", "maio"], 5),
    **dict.fromkeys(["june", "jun", "juin", "junio", "junho", "juni"], 6),
    **dict.fromkeys(["july", "jul", "juillet", "julio", "julho", "juli"], 7),
    **dict.fromkeys(["august", "aug", "août", "aout", "agosto"], 8),
    **dict.fromkeys(["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro"], 9),
    **dict.fromkeys(["october", "oct", "octobre", "octubre", "outubro", "oktober"], 10),
    **dict.fromkeys(["november", "nov", "novembre", "noviembre", "novembro"], 11),
    **dict.fromkeys(["december", "dec", "décembre", "decembre", "diciembre", "dezembro", "dezember"], 12),
}
_M = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º)?\s+(?:de\s+)?{_M}\s+(?:de\s+)?(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{_M}\s+(?:de\s+)?(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# Every date pattern has a year: a page or line without four digits in a row is not searched.
_FOUR_DIGITS = re.compile(r"\d\d\d\d")  # as \d{4}, but cheaper to search
_DIGIT_MARKS = bytes(48 if 48 <= code <= 57 else 32 for code in range(256))  # ASCII digits to "0", the rest " "
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:crown\s+copyright\s*)?[\[(]?\s*((?:19|20)\d{2})\b", re.I)
# A line that starts with the holder's name before the year: "© International Labour Organization 2021",
# "Copyright © OIM 2022" (at the start only: "copyright law was changed in 2019" is prose).
_COPYRIGHT_HOLDER = re.compile(
    r"^\W{0,3}(?:©|\(c\)|copyright)\s*(?:©\s*)?(?-i:[A-ZÀ-Þ])[^\d©\n]{1,120}?,?\s[\[(]?((?:19|20)\d{2})[\])]?(?!\s*[-–/]\s*\d)",
    re.I,
)
# A line that starts with a word saying a bare year is the publication's: "First published 2021",
# "Publié en 2022" ("the Act, first published in 2015" in prose names another work).
_PUBLISHED_IN = re.compile(
    r"^\W{0,3}(?:(?:first\s+)?published(?:\s+in)?|publié(?:e)?\s+en|publicado\s+en|édition|edición|edita\w*)"
    r"\s*:?\s*((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)",
    re.I,
)
_LABEL = re.compile(
    r"(published|publication date|date of publication|last updated|updated|issued|date|"
    r"publié|publicado|fecha|veröffentlicht|stand)\s*(on|le|el)?\s*:?\s*$",
    re.I,
)
# A year alone on a line, or after the place of publication: "2019", "Vienne, 2009", "New York, 2020".
_YEAR_ONLY = re.compile(r"^\W{0,2}(?:(?-i:[A-ZÀ-Þ])[^\W\d_]*(?:[ -][^\W\d_]+){0,2},\s*)?((?:19|20)\d{2})\W{0,2}$")
_DATE_ONLY = re.compile(
    rf"^\W*((\d{{1,2}}(st|nd|rd|th)?\s+)?{_M}\s+(\d{{1,2}},?\s+)?\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\W*$", re.I
)


@dataclass
class Found:
    date: dt.date
    precision: str  # year, month, day
    score: float
    evidence: str

    @property
    def iso(self) -> str:
        return self.date.isoformat()[: {"day": 10, "month": 7}.get(self.precision, 4)]


def is_date_only(line: str) -> bool:
    return bool(_DATE_ONLY.match(line.strip()))


def _valid(year: int, month: int = 1, day: int = 1) -> dt.date | None:
    if not 1900 <= year <= dt.date.today().year + 1:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _in_line(line: str) -> list[tuple[dt.date, str, float, tuple[int, int]]]:
    if not _FOUR_DIGITS.search(line):
        return []
    found = []
    for pattern, kind in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_ISO, "iso")):
        for m in pattern.finditer(line):
            if kind == "dmy":
                day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
            elif kind == "mdy":
                month, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
            else:
                year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if date := _valid(year, month, day):
                found.append((date, "day", 3.0, m.span()))
    for m in _MONTH_YEAR.finditer(line):
        if any(s <= m.start() < e for *_, (s, e) in found):
            continue
        if date := _valid(int(m.group(2)), MONTHS[m.group(1).lower()]):
            if m.group(1).lower() == "may" and not m.group(0)[0].isupper():
                continue  # "may 2019" in running text is more likely the verb
            found.append((date, "month", 2.5, m.span()))
    for pattern, score in ((_COPYRIGHT, 1.5), (_COPYRIGHT_HOLDER, 1.5), (_PUBLISHED_IN, 2.0)):
        for m in pattern.finditer(line):
            if any(s <= m.start(1) < e for *_, (s, e) in found):
                continue
            if date := _valid(int(m.group(1))):
                found.append((date, "year", score, m.span()))
    if (alone := _YEAR_ONLY.match(line)) and (date := _valid(int(alone.group(1)))):
        found.append((date, "year", 1.0, (0, len(line))))
    return found


def _has_year(text: str) -> bool:
    """Four digits in a row anywhere; ASCII text is checked without a regex (far cheaper)."""
    if text.isascii():
        return b"0000" in text.encode("ascii").translate(_DIGIT_MARKS)
    return _FOUR_DIGITS.search(text) is not None


_META_NUMERIC = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?(?=$|[T\s])")
_META_DMY = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")


def from_metadata(value: str) -> Found | None:
    """A date a page's metadata states, at the precision it states it.

    ``citation_publication_date`` writes 2022/06/15, ``article:published_time`` and JSON-LD
    ``datePublished`` 2022-06-15T09:30:00Z, ``DC.date`` 2022-06 or 2022, some pages 15.06.2022
    or "15 June 2022".
    """
    value = value.strip()
    if match := _META_NUMERIC.match(value):
        year, month, day = (int(g) if g else None for g in match.groups())
    elif match := _META_DMY.match(value):
        day, month, year = (int(g) for g in match.groups())
    else:
        written = _in_line(value)
        if not written:
            return None
        date, precision, _score, _span = max(written, key=lambda f: f[2])
        return Found(date, precision, 6.0, f"page metadata: {value[:80]}")
    date = _valid(year, month or 1, day or 1)
    if date is None:
        return None
    precision = "day" if day else "month" if month else "year"
    return Found(date, precision, 6.0, f"page metadata: {value[:80]}")


def find(pages: list[str], meta_date: str = "") -> Found | None:
    """The best-supported publication date in the first three pages and the last one."""
    candidates: list[Found] = []
    if meta_date and (stated := from_metadata(meta_date)):
        candidates.append(stated)
    scan = [(i, p) for i, p in enumerate(pages[:3])]
    if len(pages) > 3:
        scan.append((len(pages) - 1, pages[-1]))
    for index, page in scan:
        if not _has_year(page):
            continue
        lines = [ln.strip() for ln in page.splitlines()]
        for n, line in enumerate(lines):
            for date, precision, base, (start, _end) in _in_line(line):
                score = base * (1.5 if index == 0 else 1.0 if index < 3 else 0.8)
                if is_date_only(line):
                    score += 2
                before = line[:start] or (lines[n - 1] if n else "")
                if _LABEL.search(before.strip()):
                    score += 3
                if len(line) > 120:
                    score -= 1  # a date inside running prose is a weaker sign
                candidates.append(Found(date, precision, score, line[:120]))
    if not candidates:
        return None
    return max(candidates, key=lambda f: (f.score, f.date))
