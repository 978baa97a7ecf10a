"""Where a document names its publisher without saying "published by": a line of its own on the
cover near the title, a running head or footer, a Crown copyright line.

Lines are judged two ways: a known organisation (the directory's name, acronym or an alias, the
whole line) or a line shaped like an organisation's name ("Northbridge Anti-Slavery Partnership",
"Observatoire régional de la traite des êtres humains", "Ministry of Justice"). A funder's or
partner's line ("Funded by", "In partnership with") is never the publisher.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

# The word an organisation's name starts with, in the field's three languages; after it French and
# Spanish names run on in lower case ("Observatoire régional de la traite…", "Ministerio de trabajo…").
_HEADS = (
    "Ministry|Ministère|Ministerio|Department|Département|Departamento|Office|Observatoire|Observatorio|"
    "Observatory|Institute|Institut|Instituto|Centre|Center|Centro|Foundation|Fondation|Fundación|Fundació|"
    "Association|Asociación|Associação|Agence|Agencia|Agency|Commission|Comisión|Comité|Committee|"
    "Conseil|Consejo|Coalition|Coalición|Collectif|Colectivo|Réseau|Network|Alliance|Alianza|"
    "Secretaría|Secrétariat|Secretariat|Dirección|Délégation|Delegación|Federation|Fédération|"
    "Federación|Défenseur|Defensor|Defensoría|Fiscalía|Procuraduría|Université|Universidad|Plateforme|"
    "Plataforma|Proyecto|Autorité|Autoridad|Unité|Unidad|Groupe|Grupo|Gouvernement|Gobierno"
)
_TAILS = (
    "Partnership|Foundation|Office|Trust|Network|Alliance|Coalition|Institute|Centre|Center|Council|"
    "Commission|Committee|Agency|Association|Society|Forum|Initiative|Project|Authority|Unit|Service|"
    "Services|Group|Board|Campaign|Ministry|Department|Federation|International|Secretariat|Collective|"
    "Observatory|Programme|Commissioner|Rapporteur|Inspectorate|Government|Fund|Charity|Consortium|"
    "e\\.V\\.|asbl|CIC|Ltd|Inc"
)
_SMALL = r"(?:of|for|and|on|the|in|against|to|&|de|la|le|les|du|des|del|los|las|el|y|et|e|da|do|für|und|gegen)"
_CAPITAL = r"(?:[A-ZÀ-Þ][\w'’.&-]*|\([A-Z][\w-]*\))"
_HEADED = re.compile(rf"^(?:(?:The|La|Le|L['’]|El|Les|Los|Las)\s*)?(?:{_HEADS})(?:\s+[\w'’.&(),-]+){{1,11}}$")
_TAILED = re.compile(rf"^(?:{_CAPITAL}|{_SMALL})(?:\s+(?:{_CAPITAL}|{_SMALL})){{0,9}}\s+(?:{_TAILS})$")
_NOT_NAMES = re.compile(
    r"\b(?:funded|supported|sponsored|financed|commissioned|partnership with|collaboration with|avec le soutien|"
    r"financé|soutenu|con el apoyo|financiado|apoyado|en colaboración|en partenariat)\b|^(?:with|avec|con)\b",
    re.I,
)
_ENDS_AS_PROSE = re.compile(r"[.:;?!,]$|\b(?:is|are|was|were|est|sont|es|son)\b")
_SPLIT_RUNNING = re.compile(r"\s+(?:\||–|—|-|•|·)\s+|\t")

Known = Callable[[str], object | None]


def shaped(line: str) -> bool:
    """True if ``line`` reads as an organisation's name on a line of its own."""
    line = " ".join(line.split())
    if not 3 <= len(line) <= 160 or not line[:1].isupper() or _ENDS_AS_PROSE.search(line):
        return False
    if sum(ch.isdigit() for ch in line) > 0 or _NOT_NAMES.search(line):
        return False
    return bool(_HEADED.match(line) or _TAILED.match(line))


def _backed(lines: list[str], i: int) -> bool:
    """A line under "Funded by" / "In partnership with" names a funder or partner, not the publisher."""
    before = lines[i - 1].strip().lower() if i else ""
    return bool(before) and (_NOT_NAMES.search(before) is not None or before.endswith((" by", " par", " por")))


def on_cover(cover: str, title: str, known: Known, limit: int = 40) -> tuple[str, object | None] | None:
    """The first line of the cover (other than the title) that is a known organisation or shaped
    like one: (the line, the organisation or None)."""
    title_words = " ".join(title.split()).lower()
    lines = [" ".join(line.split()) for line in cover.splitlines() if line.strip()][:limit]
    for i, line in enumerate(lines):
        if len(line) < 2 or (len(line) > 12 and line.lower() in title_words) or _backed(lines, i):
            continue
        # A long name wraps: "Observatoire régional de la traite" / "des êtres humains".
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if following[:1].islower() and _names((joined := f"{line} {following}"), known):
            return joined, known(joined)
        if _names(line, known):
            return line, known(line)
    return None


def _names(line: str, known: Known) -> bool:
    return known(line) is not None or shaped(line)


def running(pages: list[str], known: Known) -> tuple[str, object | None] | None:
    """A running head or footer (a line at a page's edge repeated on at least half the pages, three
    or more) that names an organisation, or a part of one ("Annual report 2023 | Hope Partnership")."""
    if len(pages) < 3:
        return None
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        counts.update({re.sub(r"\d+", "#", line) for line in lines[:3] + lines[-3:]})
    for line, n in counts.most_common():
        if n < max(3, len(pages) // 2):
            break
        for part in _SPLIT_RUNNING.split(line):
            part = part.strip(" #")
            org = known(part) if len(part) >= 2 else None
            if org is not None or shaped(part):
                return part, org
    return None


_CROWN = re.compile(r"(?:©|\(c\))\s*crown\s+copyright|crown\s+copyright\s*(?:©|\(c\))?\s*[\[(]?(?:19|20)\d\d", re.I)


def crown_copyright(text: str) -> bool:
    """True if the text carries a Crown copyright line: a UK government publication."""
    return "crown" in text.lower() and _CROWN.search(text) is not None
