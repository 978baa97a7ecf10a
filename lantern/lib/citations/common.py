"""What the citation formats share: types, carried text, dates, names (with particles), people and publishers."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

Row = tuple[int, dict | None, str]

LANTERN_TYPES = (
    "report",
    "research",
    "guidance",
    "toolkit",
    "briefing",
    "data",
    "legislation",
    "policy",
    "training",
    "factsheet",
    "multimedia",
)
STYLES = {"apa": "apa.csl", "harvard": "harvard-cite-them-right.csl"}
_DATA = Path(__file__).resolve().parent.parent / "data"

# Lantern type → (CSL type, BibTeX entry type, RIS type)
_TYPE_MAP = {
    "report": ("report", "techreport", "RPRT"),
    "research": ("report", "techreport", "RPRT"),
    "guidance": ("report", "techreport", "RPRT"),
    "toolkit": ("report", "techreport", "RPRT"),
    "briefing": ("report", "techreport", "RPRT"),
    "policy": ("report", "techreport", "RPRT"),
    "factsheet": ("report", "techreport", "RPRT"),
    "training": ("document", "misc", "GEN"),
    "data": ("dataset", "misc", "DATA"),
    "legislation": ("legislation", "misc", "STAT"),
    "multimedia": ("motion_picture", "misc", "VIDEO"),
}
_CSL_TO_TYPE = {"dataset": "data", "legislation": "legislation", "bill": "legislation", "motion_picture": "multimedia"}
_RIS_TO_TYPE = {
    "DATA": "data",
    "STAT": "legislation",
    "BILL": "legislation",
    "VIDEO": "multimedia",
    "MPCT": "multimedia",
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


# --- text --------------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SPACES = re.compile(r"[ \t]{2,}")


def carried_text(text) -> str:
    """Multi-line text as BibTeX and RIS carry it (see "Text" in the module docstring)."""
    lines: list[str] = []
    for line in _LINE_BREAK.split(_CONTROL.sub("", str(text or ""))):
        line = line.strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def carried_line(text) -> str:
    """One-line text as BibTeX and RIS carry it: ``carried_text`` with its lines joined by a space,
    and the runs of spaces a dropped control character leaves ("a \\x00 b") made one."""
    return _SPACES.sub(" ", " ".join(line for line in carried_text(text).split("\n") if line))


# --- shared helpers ----------------------------------------------------------------------------
def _date_parts(value: str) -> list[int]:
    match = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(value or "").strip())
    return [int(p) for p in match.groups() if p] if match else []


def _date_text(parts: Iterable) -> str:
    numbers = [int(p) for p in parts if str(p).strip().isdigit()]
    if not numbers:
        return ""
    return "-".join([f"{numbers[0]:04d}", *(f"{n:02d}" for n in numbers[1:3])])


def _abstract(record: dict) -> str:
    return str(record.get("summary") or record.get("teaser") or "").strip()


def _file_urls(record: dict) -> list[str]:
    return [str(f["url"]) for f in record.get("files") or [] if isinstance(f, dict) and f.get("url")]


def _lantern_type(value: str) -> str:
    value = str(value or "").strip().lower()
    return value if value in LANTERN_TYPES else ""


def _clean_record(record: dict) -> dict:
    """Drop empty values so that a partial record only names what the source gave."""
    return {k: v for k, v in record.items() if v not in (None, "", [], {})}


def _unique_keys(records: list[dict], fallback: str) -> Iterator[tuple[str, dict]]:
    """Each record with a key unique in the file: its slug, else ``fallback-N``."""
    seen: set[str] = set()
    for number, record in enumerate(records, start=1):
        key = str(record.get("slug") or "") or f"{fallback}-{number}"
        while key in seen:
            key = f"{key}-{number}"
        seen.add(key)
        yield key, record


@contextmanager
def _quiet(logger_name: str):
    """Silence a parser's logger: its messages are about its internals, and Lantern reports the problem itself."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)  # its modules' loggers inherit the level
    try:
        yield
    finally:
        logger.setLevel(level)


# --- names -------------------------------------------------------------------------------------
def _is_particle(word: str) -> bool:
    """A "von" word as BibTeX (and pybtex) decides it: its first letter is lower-case."""
    if not word or word[0].isupper():
        return False
    if word[0].islower():
        return True
    return next((ch.islower() for ch in word if ch.isalpha()), False)


def split_name(name: str) -> dict:
    """A person's name as CSL name parts; "Given [particles] Family" or "[particles] Family, Given".

    "Ludwig van der Berg" → ``{"family": "Berg", "given": "Ludwig", "non-dropping-particle":
    "van der"}``; one word → ``{"family": word}``; "Family," (no given name) → ``{"literal": "Family"}``.
    """
    name = " ".join(str(name).split())
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        if not given:
            return {"literal": family}
        words = family.split()
        last_particle = max((i for i, w in enumerate(words[:-1]) if _is_particle(w)), default=-1)
        return _name_parts(" ".join(words[last_particle + 1 :]), given, " ".join(words[: last_particle + 1]))
    words = name.split()
    if len(words) < 2:
        return {"family": name} if name else {"literal": ""}
    inner = [i for i, w in enumerate(words[1:-1], start=1) if _is_particle(w)]
    if not inner:
        return _name_parts(words[-1], " ".join(words[:-1]), "")
    first, last = inner[0], inner[-1]
    return _name_parts(" ".join(words[last + 1 :]), " ".join(words[:first]), " ".join(words[first : last + 1]))


def _name_parts(family: str, given: str, particle: str) -> dict:
    parts = {"family": family, "given": given}
    if particle:
        parts["non-dropping-particle"] = particle
    return parts


def join_name(name: dict | str) -> str:
    """A CSL name (or "Family, Given" text) back to "Given Family"."""
    parts = split_name(name) if isinstance(name, str) else name
    if parts.get("literal"):
        return " ".join(str(parts["literal"]).split())
    keys = ("given", "dropping-particle", "non-dropping-particle", "family", "suffix")
    return " ".join(" ".join(str(parts.get(k) or "") for k in keys).split())


def sort_name(name: str) -> str:
    """A person's name as bibliographies list it: "van der Berg, Ludwig"; a one-word name as it is."""
    parts = split_name(name)
    if "literal" in parts:
        return parts["literal"]
    family = " ".join(p for p in (parts.get("non-dropping-particle"), parts["family"]) if p)
    return f"{family}, {parts['given']}" if parts.get("given") else family


def _author_list(record: dict, clean: Callable[[str], str] = carried_line) -> tuple[list[str], bool]:
    """The names a citation gives as authors, and whether they are organisations (the publishers)."""
    people = [clean(a) for a in record.get("authors") or [] if clean(a)]
    if people:
        return people, False
    return [clean(p) for p in record.get("publishers") or [] if clean(p)], True


def _one_spaced(text) -> str:
    return " ".join(str(text or "").split())


def _people_and_publishers(names: list[tuple[str, bool]], publishers: list[str]) -> tuple[list[str], list[str]]:
    """Authors and publishers of an imported entry; ``names`` are (name, is an organisation).

    Organisations that only repeat the publishers, or stand alone where the entry names no
    publisher, are the publishers (Lantern's form of a work by an organisation).
    """
    organisations = [name for name, corporate in names if corporate]
    if names and len(organisations) == len(names):
        if not publishers:
            return [], organisations
        if [o.casefold() for o in organisations] == [p.casefold() for p in publishers]:
            return [], publishers
    return [name for name, _ in names], publishers
