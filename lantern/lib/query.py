"""The search box's little language, parsed into a structure no engine can be fooled by.

Supported: words, "phrases", -exclusions (words or phrases), OR between two items, and
``field:value`` / ``field:"quoted value"`` filters for the fields in ``FIELDS``. Anything else
(unknown fields, stray quotes, punctuation, control characters) is read as plain text; parsing
never fails. Engines compile the result with their own escaping, so user text never reaches
FTS5 ``MATCH`` or a tsquery raw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lantern.lib.text import clean_text

MAX_QUERY_CHARS = 500
MAX_TERMS = 32

# Search-box field names and the filter each one sets.
FIELDS = {
    "type": "type",
    "topic": "topic",
    "country": "country",
    "region": "region",
    "year": "year",
    "publisher": "publisher",
    "lang": "language",
    "language": "language",
    "collection": "collection",
}

_TOKEN = re.compile(
    r"""
    (?P<neg>-(?=["\w]))?
    (?:(?P<field>[A-Za-z]+):(?=["\w]))?
    (?:"(?P<quoted>[^"]*)"?|(?P<word>[^\s"]+))
    """,
    re.VERBOSE,
)
_HAS_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Term:
    text: str
    phrase: bool = False


@dataclass
class ParsedQuery:
    """``must`` is an AND of OR-groups; ``exclude`` is subtracted; ``fields`` are filters."""

    raw: str = ""
    must: list[list[Term]] = field(default_factory=list)
    exclude: list[Term] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)

    @property
    def has_text(self) -> bool:
        return bool(self.must or self.exclude)

    def terms(self) -> list[Term]:
        return [term for group in self.must for term in group]


def _term(text: str, phrase: bool) -> Term | None:
    text = " ".join(text.split())
    if not _HAS_WORD.search(text):
        return None
    return Term(text, phrase=phrase and " " in text)


def parse(raw: str | None) -> ParsedQuery:
    text = clean_text(raw or "")[:MAX_QUERY_CHARS]
    query = ParsedQuery(raw=text.strip())
    join_next = False
    count = 0
    for match in _TOKEN.finditer(text):
        if count >= MAX_TERMS:
            break
        negated = bool(match.group("neg"))
        name = (match.group("field") or "").lower()
        quoted = match.group("quoted")
        value = quoted if quoted is not None else match.group("word")
        if name in FIELDS and not negated:
            if value.strip():
                query.fields.append((FIELDS[name], value.strip()))
            continue
        if name:  # an unknown field: keep "foo:bar" as text
            value = f"{match.group('field')}:{value}"
        if value in {"OR", "|"} and quoted is None and not negated:
            join_next = bool(query.must)
            continue
        term = _term(value, phrase=quoted is not None)
        if term is None:
            continue
        count += 1
        if negated:
            query.exclude.append(term)
        elif join_next:
            query.must[-1].append(term)
        else:
            query.must.append([term])
        join_next = False
    return query


def strip_field_words(text: str) -> str:
    """The search text without its ``field:value`` words (links carry those as URL filters)."""
    kept = []
    for match in _TOKEN.finditer(clean_text(text or "")):
        name = (match.group("field") or "").lower()
        if name in FIELDS and not match.group("neg"):
            continue
        kept.append(match.group(0))
    return " ".join(kept)


def wanted_text(text: str) -> str:
    """What the search asks for, as words to read for meaning: no filters, no exclusions, no
    operators or quotes. ``forced labour -fishing`` means forced labour; reading "fishing" into
    it would pull fishing documents closer instead of leaving them out."""
    kept = []
    for match in _TOKEN.finditer(clean_text(text or "")):
        name = (match.group("field") or "").lower()
        if match.group("neg") or name in FIELDS:
            continue
        value = match.group("quoted") if match.group("quoted") is not None else match.group("word")
        if name:
            value = f"{match.group('field')}:{value}"
        if value in {"OR", "|"}:
            continue
        kept.append(" ".join(value.split()))
    return " ".join(v for v in kept if v)
