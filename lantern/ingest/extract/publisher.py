"""The publisher: what the document says ("Published by …", "© 2019 …", page metadata), then the
known organisations it names where a publisher names itself (front and back pages).

Known organisations are matched by name, acronym and alias, as ``Organisation.objects.named``
matches them (the catalogue's own look-up, ``Lookups.organisation``, is used when the record is
written), against a copy kept in the process until an organisation changes (``known``); a stated
publisher that matches none is proposed as a new organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import connection

from lantern.catalog.models import Organisation
from lantern.ingest import known
from lantern.ingest.extract.people import looks_like_organisation
from lantern.ingest.extract.suggest import Terms

_NAME = (
    r"((?:the\s+)?[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|for|and|on|the|de|la|le|du|des|del|y|et|&|für)){0,10})"
)
# Only where a line starts with the statement: "the toolkit published by X" in prose names another work.
_STATED = [
    re.compile(
        rf"^[ \t]*(?:first\s+)?(?:published|produced|prepared|issued|commissioned)(?:\s+in\s+\d{{4}})?\s+by\s+{_NAME}",
        re.I | re.M,
    ),
    # An article in lower case is left out ("publié par la Commission"); with a capital it is part
    # of the name ("La Strada International", "Le Mouvement du Nid", "El Pozo").
    re.compile(rf"^[ \t]*(?:publié|édité|réalisé)\s+par\s+(?-i:l[ae']\s*)?{_NAME}", re.I | re.M),
    re.compile(rf"^[ \t]*(?:publicado|editado|elaborado)\s+por\s+(?-i:(?:el|la)\s+)?{_NAME}", re.I | re.M),
    re.compile(
        rf"^[ \t]*(?:©|\(c\)|copyright)[ \t]*(?:(?:©|copyright)[ \t]*)?[\[(]?(?:19|20)\d{{2}}[\])]?,?[ \t]+(?:by[ \t]+)?{_NAME}",
        re.I | re.M,
    ),
    re.compile(
        rf"^[ \t]*(?:©|\(c\)|copyright)[ \t]*(?:(?:©|copyright)[ \t]*)?{_NAME},?[ \t]+[\[(]?(?:19|20)\d{{2}}",
        re.I | re.M,
    ),
]
# A word each statement above needs, in order: looked for in the lower-cased text with str's own
# search, far cheaper than a pattern tried at every line. re.IGNORECASE also takes "İ" and "ı" for
# "i" and "ſ" for "s", which lower() does not: a text holding one of them is searched throughout.
_NEEDS = [
    ("published", "produced", "prepared", "issued", "commissioned"),
    ("publié", "édité", "réalisé"),
    ("publicado", "editado", "elaborado"),
    ("©", "(c)", "copyright"),
    ("©", "(c)", "copyright"),
]
_OTHER_CASES = "İıſ"
_TRAILING = re.compile(r"(\s+(?:of|for|and|on|the|de|la|le|du|des|del|y|et|&|für|All|Rights|Reserved))+$", re.I)
_NOT_A_PUBLISHER = re.compile(r"^(crown|the\s+crown|copyright|all rights|this|these|our|we)\b", re.I)


@dataclass
class Publisher:
    name: str
    organisation: Organisation | None
    confidence: float
    evidence: str


def _clean(name: str) -> str:
    name = re.split(r"\.\s", " ".join(name.split()))[0]
    name = _TRAILING.sub("", name).strip(" .,;:")
    return re.sub(r"^the\s+", "", name, flags=re.I)


def stated(text: str) -> list[str]:
    names = []
    lowered = "" if any(char in text for char in _OTHER_CASES) else text.lower()
    for pattern, needs in zip(_STATED, _NEEDS, strict=True):
        if lowered and not any(map(lowered.__contains__, needs)):
            continue
        for match in pattern.finditer(text):
            name = _clean(match.group(1))
            if len(name) >= 3 and not _NOT_A_PUBLISHER.match(name) and name not in names:
                names.append(name)
    return names


class Organisations:
    """Every organisation, looked up as ``Organisation.objects.named`` does, and their names as terms."""

    def __init__(self, organisations: list[Organisation]):
        # Name and acronym compare as the database's iexact does (SQLite: case-blind for ASCII only).
        self.fold = _ascii_lower if connection.vendor == "sqlite" else str.upper
        self.by_key = {str(org.pk): org for org in organisations}
        self.by_name: dict[str, Organisation] = {}
        self.by_alias: dict[str, Organisation] = {}
        names: dict[str, str] = {}
        for org in organisations:  # in the catalogue's order: the first one wins, as with named()
            for value in (org.name, org.acronym):
                if value:
                    self.by_name.setdefault(self.fold(value), org)
            for alias in org.alias_list:
                self.by_alias.setdefault(alias.lower(), org)
            key = str(org.pk)
            names.update({alias: key for alias in org.alias_list if len(alias) >= 4})
            if len(org.acronym) >= 2:
                names[org.acronym.upper() if org.acronym.isupper() else org.acronym] = key
            names[org.name] = key
        self.terms = Terms(names)

    def named(self, name: str) -> Organisation | None:
        name = " ".join((name or "").split())
        if not name:
            return None
        return self.by_name.get(self.fold(name)) or self.by_alias.get(name.lower())


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(value: str) -> str:
    return value.translate(_ASCII_LOWER)


def organisations() -> Organisations:
    return known.cached(
        "organisations", lambda: Organisations(list(Organisation.objects.all())), "organisations", organisations=True
    )


def match_known(name: str) -> Organisation | None:
    """An existing organisation with this name, acronym or alias, without creating one."""
    return organisations().named(name)


def find(pages: list[str], meta: dict[str, str]) -> Publisher | None:
    front = "\n".join(pages[:3])
    back = "\n".join(pages[-2:]) if len(pages) > 3 else ""
    for key in ("publisher", "site_name"):
        if value := meta.get(key, "").strip():
            org = match_known(value)
            confidence = 0.9 if org else 0.7 if key == "publisher" else 0.6  # a site's name is usually its owner's
            return Publisher(org.name if org else value, org, confidence, f"page metadata ({key})")
    for name in stated(front + "\n" + back):
        org = match_known(name)
        if org or name[:1].isupper():  # stated on a line of its own: trusted, even if new
            return Publisher(org.name if org else name, org, 0.9 if org else 0.7, f"stated: {name}")
    every = organisations()
    terms = every.terms
    rest = "\n".join(pages[3:-2])[:300_000] if len(pages) > 5 else ""
    scores: dict[str, list] = {}
    for weight, text, cap in ((3, front, None), (2, back, None), (1, rest, 10)):
        for key, (hits, label) in terms.count("", text).items():
            entry = scores.setdefault(key, [0.0, label])
            entry[0] += weight * (min(hits, cap) if cap else hits)
    if scores:
        key, (score, label) = max(scores.items(), key=lambda item: item[1][0])
        confidence = min(0.85, 0.3 + 0.05 * score)
        org = every.by_key[key]
        return Publisher(org.name, org, round(confidence, 2), f"named in the document ({label}), score {score:g}")
    author = meta.get("author", "")
    if author and looks_like_organisation(author):
        org = match_known(author)
        return Publisher(org.name if org else author, org, 0.5, "file metadata (author)")
    return None
