"""CSL-JSON: canonical records to CSL items and back."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from lantern.lib.citations.common import (
    _CSL_TO_TYPE,
    _TYPE_MAP,
    Row,
    _abstract,
    _author_list,
    _clean_record,
    _date_parts,
    _date_text,
    _lantern_type,
    _one_spaced,
    _people_and_publishers,
    _unique_keys,
    join_name,
    split_name,
)


# --- CSL-JSON ----------------------------------------------------------------------------------
def to_csl(record: dict) -> dict:
    """One CSL-JSON item for a canonical record."""
    csl_type = _TYPE_MAP.get(record.get("type") or "report", _TYPE_MAP["report"])[0]
    names, corporate = _author_list(record, _one_spaced)  # CSL-JSON carries any text as it is
    slug = record.get("slug") or ""
    item = {
        "id": slug,
        "type": csl_type,
        "title": record.get("title") or "",
        "genre": record.get("type") or "",
        "author": [{"literal": n} for n in names] if corporate else [split_name(n) for n in names],
        "publisher": "; ".join(record.get("publishers") or []),
        "abstract": _abstract(record),
        "URL": record.get("source_url") or "",
        "DOI": record.get("doi") or "",
        "ISBN": record.get("isbn") or "",
        "language": (record.get("languages") or [""])[0],
        "keyword": ", ".join(record.get("topics") or []),
        "edition": record.get("edition") or "",
        "license": record.get("licence") or "",
        "custom": {"lantern_slug": slug} if slug else {},
    }
    if parts := _date_parts(record.get("date") or ""):
        item["issued"] = {"date-parts": [parts]}
    return _clean_record(item) | {"id": item["id"], "type": csl_type, "title": item["title"]}


def to_csl_json(records: Iterable[dict]) -> str:
    items = [to_csl(r) | {"id": key} for key, r in _unique_keys(list(records), "item")]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def from_csl(item: dict) -> dict:
    """A partial canonical record from one CSL-JSON item."""
    issued = item.get("issued") or {}
    date = ""
    if isinstance(issued, dict):
        parts = (issued.get("date-parts") or [[]])[0] or []
        date = _date_text(parts) or str(issued.get("raw") or issued.get("literal") or "")[:10]
    keywords = item.get("keyword") or ""
    keywords = keywords if isinstance(keywords, list) else re.split(r"[,;]", str(keywords))
    language = str(item.get("language") or "").strip()
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    names = [
        (join_name(n), isinstance(n, dict) and bool(n.get("literal")))
        for n in item.get("author") or []
        if isinstance(n, dict | str) and join_name(n)
    ]
    authors, publishers = _people_and_publishers(names, _split_publishers(item.get("publisher")))
    return _clean_record(
        {
            "slug": _slug_or_empty(custom.get("lantern_slug")),
            "title": str(item.get("title") or "").strip(),
            "type": _lantern_type(item.get("genre")) or _CSL_TO_TYPE.get(str(item.get("type") or ""), "report"),
            "authors": authors,
            "publishers": publishers,
            "date": date,
            "summary": str(item.get("abstract") or "").strip(),
            "source_url": str(item.get("URL") or "").strip(),
            "doi": str(item.get("DOI") or "").strip(),
            "isbn": str(item.get("ISBN") or "").strip(),
            "languages": [language] if language else [],
            "topics": [k.strip() for k in keywords if str(k).strip()],
            "edition": str(item.get("edition") or "").strip(),
            "licence": str(item.get("license") or "").strip(),
        }
    )


def read_csl_json(text: str) -> list[Row]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [(0, None, f"not valid JSON ({exc.msg} at line {exc.lineno})")]
    if isinstance(data, dict):
        data = data.get("items", [data]) if "items" in data else [data]
    if not isinstance(data, list):
        return [(0, None, "CSL-JSON must be an array of items")]
    rows: list[Row] = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            rows.append((number, None, "each item must be a JSON object"))
            continue
        rows.append(_checked(number, from_csl(item)))
    return rows


def _checked(number: int, record: dict) -> Row:
    if not record.get("title"):
        return number, None, "the entry has no title"
    return number, record, ""


def _split_publishers(value) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [p.strip() for p in str(value or "").split(";") if p.strip()]


def _slug_or_empty(value) -> str:
    value = str(value or "").strip()
    return value if re.fullmatch(r"[-a-zA-Z0-9_]{1,120}", value) and not value.isdigit() else ""
