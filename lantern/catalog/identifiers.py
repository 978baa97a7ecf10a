"""Normalising and validating identifiers (DOI, ISBN, ISSN, URL). Raises ValueError with a message."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def normalize_doi(value: str) -> str:
    doi = _DOI_PREFIX.sub("", value.strip())
    if not _DOI.match(doi):
        raise ValueError(f"{value!r} is not a DOI (it should look like 10.1234/abc)")
    return doi.lower()


def normalize_isbn(value: str) -> str:
    digits = re.sub(r"[\s-]", "", value.strip().upper().removeprefix("ISBN").strip(": "))
    if len(digits) == 10 and re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        if total % 11 == 0:
            return digits
    elif len(digits) == 13 and digits.isdigit():
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits))
        if total % 10 == 0:
            return digits
    raise ValueError(f"{value!r} is not a valid ISBN (10 or 13 digits with a correct check digit)")


def normalize_issn(value: str) -> str:
    digits = re.sub(r"[\s-]", "", value.strip().upper())
    if re.fullmatch(r"\d{7}[\dX]", digits):
        total = sum((8 - i) * int(c) for i, c in enumerate(digits[:7]))
        check = (11 - total % 11) % 11
        if digits[7] == ("X" if check == 10 else str(check)):
            return f"{digits[:4]}-{digits[4:]}"
    raise ValueError(f"{value!r} is not a valid ISSN")


def normalize_url(value: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


def normalize(scheme: str, value: str) -> str:
    if scheme == "doi":
        return normalize_doi(value)
    if scheme == "isbn":
        return normalize_isbn(value)
    if scheme == "issn":
        return normalize_issn(value)
    if scheme == "url":
        return normalize_url(value)
    value = value.strip()
    if not value:
        raise ValueError("An identifier cannot be empty")
    return value
