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

from lantern.catalog import versions
from lantern.catalog.models import Organisation
from lantern.ingest.extract import cover
from lantern.ingest.extract.people import looks_like_organisation
from lantern.ingest.extract.suggest import Terms

_NAME = (
    r"((?:the\s+)?[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|of|for|and|on|the|de|la|le|du|des|del|y|et|&|für)){0,10})"
)
# Only where a line starts with the statement: "the toolkit published by X" in prose names another work.
_STATED = [
    re.compile(
        rf"^[ \t]*(?:(?:first\s+)?(?:published|produced|prepared|issued|commissioned)(?:\s+in\s+\d{{4}})?\s+by"
        rf"(?:\s*:)?|publisher\s*:)\s+{_NAME}",
        re.I | re.M,
    ),
    # An article in lower case is left out ("publié par la Commission"); with a capital it is part
    # of the name ("La Strada International", "Le Mouvement du Nid", "El Pozo").
    # An imprint's label may end its line, the name on the next ("Published by:", "Edita:").
    re.compile(
        rf"^[ \t]*(?:(?:publié|édité|réalisé)\s+par(?:\s*:)?\s+|éditeur\s*:\s*)(?-i:l[ae']\s*)?{_NAME}", re.I | re.M
    ),
    re.compile(
        rf"^[ \t]*(?:(?:publicado|editado|elaborado)\s+por(?:\s*:)?\s+|(?:edita|editorial)\s*:\s*)(?-i:(?:el|la)\s+)?{_NAME}",
        re.I | re.M,
    ),
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
    ("published", "produced", "prepared", "issued", "commissioned", "publisher"),
    ("publié", "édité", "réalisé", "éditeur"),
    ("publicado", "edita", "elaborado"),
    ("©", "(c)", "copyright"),
    ("©", "(c)", "copyright"),
]
_OTHER_CASES = "İıſ"
_TRAILING = re.compile(r"(\s+(?:of|for|and|on|the|de|la|le|du|des|del|y|et|&|für|All|Rights|Reserved))+$", re.I)
# Who publishes under Crown copyright when the document names no department.
CROWN = "HM Government"
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
        self.uk_government = Terms(
            {org.name: str(org.pk) for org in organisations if org.kind == "government" and org.country_id == "GB"}
        )

    def named(self, name: str) -> Organisation | None:
        name = " ".join((name or "").split())
        if not name:
            return None
        return self.by_name.get(self.fold(name)) or self.by_alias.get(name.lower())


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(value: str) -> str:
    return value.translate(_ASCII_LOWER)


def organisations() -> Organisations:
    return versions.cached(
        "ingest.organisations", lambda: Organisations(list(Organisation.objects.all())), "organisations"
    )


def match_known(name: str) -> Organisation | None:
    """An existing organisation with this name, acronym or alias, without creating one."""
    return organisations().named(name)


def find(
    pages: list[str], meta: dict[str, str], title: str = "", raw_pages: list[str] | None = None, paged: bool = True
) -> Publisher | None:
    """The publisher, from the strongest evidence found: page metadata, a statement ("Published by",
    "© 2023 …"), Crown copyright, the cover, a running head or footer, the organisations the text
    names, then the file's Author/Producer. ``raw_pages`` still hold the running heads and footers;
    a web page (not ``paged``) has no cover, and its first lines are often the site's menu."""
    front = "\n".join(pages[:3])
    back = "\n".join(pages[-2:]) if len(pages) > 3 else ""
    for key in ("publisher", "site_name"):
        if value := meta.get(key, "").strip():
            org = match_known(value)
            confidence = 0.9 if org else 0.7 if key == "publisher" else 0.6  # a site's name is usually its owner's
            return Publisher(org.name if org else value, org, confidence, f"page metadata ({key})")
    for name in stated(front + "\n" + back):
        org = match_known(name) or match_known(f"The {name}")  # "The" is left out of a stated name
        if org or name[:1].isupper():  # stated on a line of its own: trusted, even if new
            return Publisher(org.name if org else name, org, 0.9 if org else 0.7, f"stated: {name}")
    every = organisations()
    if cover.crown_copyright(front + "\n" + back):
        return _crown(pages, every)
    found = _found_on_page(pages, title, raw_pages or pages, every) if paged else None
    return found or _named(pages, front, back, every) or _from_file(meta)


def _crown(pages: list[str], every: Organisations) -> Publisher:
    """Crown copyright: the UK government department the document names most (the Home Office in
    its own guidance), else HM Government."""
    scores = every.uk_government.count("", "\n".join(pages)[:300_000])
    if scores:
        key, (score, label) = max(scores.items(), key=lambda item: item[1][0])
        org = every.by_key[key]
        return Publisher(org.name, org, 0.9, f"© Crown copyright; names {label} ({score:g} times)")
    org = every.named(CROWN)
    return Publisher(org.name if org else CROWN, org, 0.8, "© Crown copyright")


def _found_on_page(pages: list[str], title: str, raw_pages: list[str], every: Organisations) -> Publisher | None:
    if pages and (line := cover.on_cover(pages[0], title, every.named)):
        name, org = line
        return Publisher(org.name if org else name, org, 0.85 if org else 0.7, f"on the cover: {name}")
    if line := cover.running(raw_pages, every.named):
        name, org = line
        return Publisher(org.name if org else name, org, 0.8 if org else 0.6, f"running head or footer: {name}")
    return None


def _named(pages: list[str], front: str, back: str, every: Organisations) -> Publisher | None:
    terms = every.terms
    rest = "\n".join(pages[3:-2])[:300_000] if len(pages) > 5 else ""
    scores: dict[str, list] = {}
    for weight, text, cap in ((3, front, None), (2, back, None), (1, rest, 10)):
        for key, (hits, label) in terms.count("", text).items():
            entry = scores.setdefault(key, [0.0, label])
            entry[0] += weight * (min(hits, cap) if cap else hits)
    if not scores:
        return None
    key, (score, label) = max(scores.items(), key=lambda item: item[1][0])
    confidence = min(0.85, 0.3 + 0.05 * score)
    org = every.by_key[key]
    return Publisher(org.name, org, round(confidence, 2), f"named in the document ({label}), score {score:g}")


def _from_file(meta: dict[str, str]) -> Publisher | None:
    """The file's Author, Creator or Producer field, where it names an organisation."""
    for key in ("author", "creator", "producer"):
        value = " ".join(meta.get(key, "").split())
        if not value:
            continue
        if org := match_known(value):
            return Publisher(org.name, org, 0.6, f"file metadata ({key})")
        if key == "author" and looks_like_organisation(value):
            return Publisher(value, None, 0.5, "file metadata (author)")
    return None
