"""Authors, where a document states them ("By …", "Authors: …", "Written by …")."""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"^(?:authors?|written by|by|prepared by|auteurs?|autores?|rédigé par|escrito por|par|por)\s*[:\-–]?\s+(.+)$",
    re.I,
)
_NAME = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|de|van|von|da|del|la|le|bin|al))*\s+[A-ZÀ-Þ][\w'’-]+$"
)
_ORG_WORDS = re.compile(
    r"\b(office|ministry|department|organi[sz]ation|international|university|commission|council|"
    r"foundation|agency|network|institute|centre|center|association|trust|unit|government|coalition|"
    r"alliance|initiative|project|programme|program|authority|nations|society|fund|group|partnership|"
    r"police|service|services|union|ngo|charity|committee|secretariat)\b",
    re.I,
)


def looks_like_organisation(name: str) -> bool:
    return bool(_ORG_WORDS.search(name)) or (name.isupper() and 2 <= len(name) <= 10)


def authors(first_pages: list[str]) -> list[str]:
    for page in first_pages[:2]:
        for line in page.splitlines()[:60]:
            match = _LABEL.match(line.strip())
            if not match:
                continue
            names = [n.strip(" .;") for n in re.split(r",|;|\band\b|\bet\b|\by\b|&", match.group(1))]
            names = [n for n in names if _NAME.match(n) and not looks_like_organisation(n)]
            if names:
                return names[:20]
    return []
