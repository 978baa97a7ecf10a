"""DOI and ISBN printed in a document, validated with the catalogue's own rules."""

from __future__ import annotations

import re

from lantern.catalog.identifiers import normalize_doi, normalize_isbn

_DOI = re.compile(r"\b(10\.\d{4,9}/[-._;()/:A-Za-z0-9]+[A-Za-z0-9/])")
_ISBN = re.compile(r"\bISBN(?:-1[03])?[:\s]*((?:97[89][\s-]?)?\d[\d\s-]{8,14}[\dXx])\b")
# What every DOI holds, as a pattern that starts with a literal: the regex engine looks for it as
# fast as str.find does, where _DOI (a word boundary first) is tried at every position of the text.
_DOI_CORE = re.compile(r"10\.\d{4,9}/")


def doi(text: str) -> str:
    if not _DOI_CORE.search(text):  # most documents
        return ""
    for match in _DOI.finditer(text):
        try:
            return normalize_doi(match.group(1))
        except ValueError:
            continue
    return ""


def isbn(text: str) -> str:
    if "ISBN" not in text:  # most documents; cheaper than the regex's search
        return ""
    for match in _ISBN.finditer(text):
        try:
            return normalize_isbn(match.group(1))
        except ValueError:
            continue
    return ""
