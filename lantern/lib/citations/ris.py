"""RIS: canonical records written with continuation lines guarded, and RIS files read into records."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from lantern.lib.citations.common import (
    _RIS_TO_TYPE,
    _TYPE_MAP,
    Row,
    _abstract,
    _author_list,
    _clean_record,
    _date_parts,
    _date_text,
    _file_urls,
    _lantern_type,
    _people_and_publishers,
    carried_line,
    carried_text,
    join_name,
    sort_name,
    split_name,
)
from lantern.lib.citations.csl import _checked, _slug_or_empty, _split_publishers

# --- RIS ---------------------------------------------------------------------------------------
# A continuation line that any reader could take for a tag line ("ER  - ", "TY  - JOUR") would end
# the record or start another: it is written after a zero-width space, as is a line that starts
# with one, so the guard is unambiguous and Lantern's reader removes exactly one.
_RIS_GUARD = "\u200b"
_RIS_TAG_LIKE = re.compile(r"\S\S[ \t]+-")


def to_ris(records: Iterable[dict]) -> str:
    """RIS as reference managers expect it: one ``TAG  - value`` a line, records from TY to ER."""
    return "\n".join(_ris_entry(r) for r in records)


def _ris_entry(record: dict) -> str:
    parts = _date_parts(record.get("date") or "")
    names, corporate = _author_list(record)
    tags: list[tuple[str, str]] = [
        ("TY", _TYPE_MAP.get(record.get("type") or "report", _TYPE_MAP["report"])[2]),
        ("ID", record.get("slug") or ""),
        ("TI", record.get("title") or ""),
        *(("AU", f"{n}," if corporate else sort_name(n)) for n in names),
        ("PB", "; ".join(carried_line(p) for p in record.get("publishers") or [])),
        ("M3", record.get("type") or ""),
        ("PY", str(parts[0]) if parts else ""),
        ("DA", "/".join([*(f"{p:02d}" for p in parts), *[""] * (4 - len(parts))]) if parts else ""),
        ("ET", record.get("edition") or ""),
        ("AB", _abstract(record)),
        *(("KW", t) for t in record.get("topics") or []),
        ("LA", (record.get("languages") or [""])[0]),
        ("DO", record.get("doi") or ""),
        ("SN", record.get("isbn") or ""),
        ("UR", record.get("source_url") or ""),
        ("L1", "; ".join(u for u in _file_urls(record) if u.startswith(("http://", "https://")))),
    ]
    lines = []
    for tag, value in tags:
        if tag == "AB":
            first, *rest = carried_text(value).split("\n")
            lines += [f"AB  - {first}", *(_ris_continuation(line) for line in rest)] if first else []
        elif value := carried_line(value):
            lines.append(f"{tag}  - {value}")
    return "\n".join([*lines, "ER  - "]) + "\n"


def _ris_continuation(line: str) -> str:
    return _RIS_GUARD + line if line.startswith(_RIS_GUARD) or _RIS_TAG_LIKE.match(line) else line


@cache
def _ris_parser():
    import rispy

    class _LineKeepingParser(rispy.RisParser):
        """rispy's parser, but a continuation line keeps its line break (rispy joins with a space)."""

        def parse_line(self, line: str):
            tag, content = super().parse_line(line)
            if tag is None:
                content = "\n" + content.removeprefix(_RIS_GUARD)
            return tag, content

    return _LineKeepingParser


def read_ris(text: str) -> list[Row]:
    import rispy

    try:
        entries = rispy.loads(text, implementation=_ris_parser(), skip_unknown_tags=True, enforce_list_tags=False)
    except Exception as exc:  # rispy raises IOError and others on malformed files
        return [(0, None, f"not a RIS file ({type(exc).__name__}: {exc})")]
    return [_checked(number, _from_ris(entry)) for number, entry in enumerate(entries, start=1)]


def _from_ris(entry: dict) -> dict:
    def raw(*keys) -> str:
        for key in keys:
            value = entry.get(key)
            if isinstance(value, list):
                value = value[0] if value else ""
            if value:
                # rispy joined a continued value with " \n" (see _LineKeepingParser)
                return str(value).replace(" \n", "\n")
        return ""

    def first(*keys) -> str:
        return carried_line(raw(*keys))

    def many(*keys) -> list[str]:
        found = []
        for key in keys:
            value = entry.get(key) or []
            found += value if isinstance(value, list) else [value]
        return [carried_line(v) for v in found if carried_line(v)]

    date = first("date", "publication_year", "year")
    parts = [p for p in re.split(r"[/-]", date) if p.strip()]
    urls = many("urls")
    files = [u for u in re.split(r"[;\s]+", first("file_attachments1")) if u.startswith(("http://", "https://"))]
    isbn = first("issn")
    names = [_ris_name(a) for a in many("authors", "first_authors")]
    authors, publishers = _people_and_publishers(names, _split_publishers(first("publisher")))
    return _clean_record(
        {
            "slug": _slug_or_empty(first("id")),
            "title": first("title", "primary_title", "translated_title"),
            "type": _lantern_type(first("type_of_work"))
            or _RIS_TO_TYPE.get(first("type_of_reference").upper(), "report"),
            "authors": authors,
            "publishers": publishers,
            "date": _date_text(parts[:3]) if parts and parts[0].isdigit() else "",
            "edition": first("edition"),
            "summary": carried_text(raw("abstract", "notes_abstract")),
            "topics": many("keywords"),
            "languages": [first("language")] if first("language") else [],
            "doi": first("doi"),
            "isbn": isbn if len(re.sub(r"[^0-9Xx]", "", isbn)) in (10, 13) else "",
            "source_url": urls[0] if urls else "",
            "files": files,
        }
    )


def _ris_name(value: str) -> tuple[str, bool]:
    """A RIS name ("Family, Given", "Family, Given, Suffix", "Organisation,") as ("Given Family", is an organisation)."""
    if value.endswith(","):
        return value[:-1].strip(), True
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 3:
        return join_name({**split_name(f"{parts[0]}, {parts[2]}"), "suffix": parts[1]}), False
    return join_name(value), False
