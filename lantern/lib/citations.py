"""Citation formats, model-free: canonical record dicts in, BibTeX / RIS / CSL-JSON / formatted text out, and back.

Contracts
---------
Every writer takes canonical records as ``lantern.catalog.records.to_record`` makes them (plain
dicts; missing keys are treated as empty) and returns ``str``:

- ``to_csl(record) -> dict`` — one CSL-JSON item (``id`` is the slug).
- ``to_csl_json(records) -> str`` — a JSON array of CSL items.
- ``to_bibtex(records) -> str`` — ``@techreport`` for reports/research/guidance/…, ``@misc``
  otherwise; the key is the slug; the Lantern type travels in ``type``.
- ``to_ris(records) -> str`` — RIS (``TY  - RPRT`` …), readable by Zotero, EndNote, Mendeley.
- ``format_citation(record, style="apa"|"harvard", output="text"|"html") -> str`` — one
  formatted bibliography entry via citeproc-py with the CSL styles shipped in ``lib/data``
  (no network). With no personal authors, the first publisher is cited as the group author.
- ``EXPORT_FORMATS`` — name → (function, media type, file extension) for the writers.

Every reader takes text and returns a list of ``(position, record | None, error)`` rows — the
same shape as ``lantern.ingest.records.read_rows`` — where ``position`` counts entries from 1 and
``record`` is a partial canonical record (only the keys the source gave: ``title``, ``authors``,
``publishers``, ``date``, ``type``, ``source_url``, ``doi``, ``isbn``, ``summary``, ``topics``
(keywords, unresolved), ``languages``, ``files`` (URLs), ``slug`` when the source carries a key):

- ``read_bibtex(text)``, ``read_ris(text)``, ``read_csl_json(text)``.

Readers never raise on bad input: a whole-file problem comes back as a single row
``(0, None, message)``. Names are "Given Family" in records; BibTeX and RIS carry them as
"Family, Given", so "Smith, Jane" and "Jane Smith" both come back as "Jane Smith".
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from functools import cache
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
_DATA = Path(__file__).resolve().parent / "data"

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


# --- shared helpers ----------------------------------------------------------------------------
def _date_parts(value: str) -> list[int]:
    match = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(value or "").strip())
    return [int(p) for p in match.groups() if p] if match else []


def _date_text(parts: Iterable) -> str:
    numbers = [int(p) for p in parts if str(p).strip().isdigit()]
    if not numbers:
        return ""
    return "-".join([f"{numbers[0]:04d}", *(f"{n:02d}" for n in numbers[1:3])])


def split_name(name: str) -> dict:
    """ "Jane Smith" / "Smith, Jane" → {"family": "Smith", "given": "Jane"}; one word → literal."""
    name = " ".join(str(name).split())
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return {"family": family, "given": given} if given else {"literal": family}
    parts = name.rsplit(" ", 1)
    return {"family": parts[1], "given": parts[0]} if len(parts) == 2 else {"literal": name}


def join_name(name: dict | str) -> str:
    """A CSL name (or "Family, Given" text) back to "Given Family"."""
    parts = split_name(name) if isinstance(name, str) else name
    if parts.get("literal"):
        return str(parts["literal"]).strip()
    given = " ".join(str(parts.get(k) or "") for k in ("given", "dropping-particle", "non-dropping-particle"))
    return " ".join(f"{given} {parts.get('family') or ''}".split())


def _family_given(name: str) -> str:
    parts = split_name(name)
    if parts.get("literal"):
        return parts["literal"]
    return f"{parts['family']}, {parts['given']}"


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


# --- CSL-JSON ----------------------------------------------------------------------------------
def to_csl(record: dict) -> dict:
    """One CSL-JSON item for a canonical record."""
    csl_type = _TYPE_MAP.get(record.get("type") or "report", _TYPE_MAP["report"])[0]
    item = {
        "id": record.get("slug") or "",
        "type": csl_type,
        "title": record.get("title") or "",
        "genre": record.get("type") or "",
        "author": [split_name(a) for a in record.get("authors") or []],
        "publisher": "; ".join(record.get("publishers") or []),
        "abstract": _abstract(record),
        "URL": record.get("source_url") or "",
        "DOI": record.get("doi") or "",
        "ISBN": record.get("isbn") or "",
        "language": (record.get("languages") or [""])[0],
        "keyword": ", ".join(record.get("topics") or []),
        "edition": record.get("edition") or "",
        "license": record.get("licence") or "",
    }
    if parts := _date_parts(record.get("date") or ""):
        item["issued"] = {"date-parts": [parts]}
    return _clean_record(item) | {"id": item["id"], "type": csl_type, "title": item["title"]}


def to_csl_json(records: Iterable[dict]) -> str:
    return json.dumps([to_csl(r) for r in records], ensure_ascii=False, indent=2) + "\n"


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
    return _clean_record(
        {
            "slug": _slug_or_empty(item.get("id")),
            "title": str(item.get("title") or "").strip(),
            "type": _lantern_type(item.get("genre")) or _CSL_TO_TYPE.get(str(item.get("type") or ""), "report"),
            "authors": [join_name(n) for n in item.get("author") or [] if isinstance(n, dict | str)],
            "publishers": _split_publishers(item.get("publisher")),
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


# --- BibTeX ------------------------------------------------------------------------------------
_BIB_ESCAPES = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_", "$": r"\$"}
_BIB_VERBATIM = {"url", "doi", "file", "isbn"}


def _bib_escape(value: str) -> str:
    text = "".join(_BIB_ESCAPES.get(ch, ch) for ch in " ".join(str(value).split()))
    # Braces must balance inside a braced value; drop unbalanced ones rather than break the file.
    return text.replace("{", "").replace("}", "") if text.count("{") != text.count("}") else text


def to_bibtex(records: Iterable[dict]) -> str:
    """BibTeX (UTF-8, biblatex-friendly ``date`` plus classic ``year``/``month``)."""
    return "\n".join(_bibtex_entry(r) for r in records)


def _bibtex_entry(record: dict) -> str:
    kind = _TYPE_MAP.get(record.get("type") or "report", _TYPE_MAP["report"])[1]
    parts = _date_parts(record.get("date") or "")
    publishers = record.get("publishers") or []
    fields: list[tuple[str, str]] = [
        ("title", record.get("title") or ""),
        ("author", " and ".join(_family_given(a) for a in record.get("authors") or [])),
        ("institution" if kind == "techreport" else "publisher", " and ".join(f"{{{p}}}" for p in publishers)),
        ("type", record.get("type") or ""),
        ("year", str(parts[0]) if parts else ""),
        ("month", _MONTHS[parts[1] - 1] if len(parts) > 1 and 1 <= parts[1] <= 12 else ""),
        ("date", record.get("date") or ""),
        ("edition", record.get("edition") or ""),
        ("abstract", _abstract(record)),
        ("keywords", ", ".join(record.get("topics") or [])),
        ("language", (record.get("languages") or [""])[0]),
        ("doi", record.get("doi") or ""),
        ("isbn", record.get("isbn") or ""),
        ("url", record.get("source_url") or ""),
    ]
    lines = [f"@{kind}{{{record.get('slug') or 'resource'},"]
    for name, value in fields:
        if not value:
            continue
        if name == "month":
            lines.append(f"  {name} = {value},")
        elif name in _BIB_VERBATIM:
            lines.append(f"  {name} = {{{value.replace('{', '').replace('}', '')}}},")
        elif name in {"institution", "publisher"}:
            lines.append(f"  {name} = {{{_bib_escape_keep_braces(value)}}},")
        else:
            lines.append(f"  {name} = {{{_bib_escape(value)}}},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _bib_escape_keep_braces(value: str) -> str:
    # Publishers are wrapped in braces as corporate names; escape inside each one.
    return " and ".join("{" + _bib_escape(p.strip("{}")) + "}" for p in value.split("} and {"))


def read_bibtex(text: str) -> list[Row]:
    import bibtexparser

    try:
        library = bibtexparser.parse_string(text)
    except Exception as exc:  # the parser's own errors vary by version; any is a file problem
        return [(0, None, f"not a BibTeX file ({exc})")]
    rows: list[Row] = []
    for block in library.failed_blocks:
        rows.append((_line(block), None, f"cannot parse this entry ({type(block).__name__})"))
    for number, entry in enumerate(library.entries, start=1):
        fields = {f.key.lower(): str(f.value) for f in entry.fields}
        rows.append(_checked(number, _from_bibtex(entry.entry_type.lower(), entry.key, fields)))
    return sorted(rows, key=lambda row: row[0])


def _line(block) -> int:
    return int(getattr(block, "start_line", 0) or 0) + 1


def _from_bibtex(entry_type: str, key: str, fields: dict) -> dict:
    value = {name: (raw.strip() if name in _BIB_VERBATIM else _latex_to_text(raw)) for name, raw in fields.items()}
    date = value.get("date", "")
    if not _date_parts(date):
        month = value.get("month", "").lower()[:3]
        parts = [value.get("year", "")]
        if month in _MONTHS:
            parts.append(str(_MONTHS.index(month) + 1))
        elif month.isdigit():
            parts.append(month)
        date = _date_text(parts) if parts[0].strip().isdigit() else ""
    publishers_raw = fields.get("institution") or fields.get("publisher") or fields.get("organization") or ""
    kind = _lantern_type(value.get("type")) or {"dataset": "data", "online": "report"}.get(entry_type, "report")
    return _clean_record(
        {
            "slug": _slug_or_empty(key),
            "title": value.get("title", ""),
            "type": kind,
            "authors": [join_name(_latex_to_text(a)) for a in _split_and(fields.get("author", ""))],
            "publishers": [_latex_to_text(p) for p in _split_and(publishers_raw)],
            "date": date[:10],
            "edition": value.get("edition", ""),
            "summary": value.get("abstract", ""),
            "topics": [k.strip() for k in re.split(r"[,;]", value.get("keywords", "")) if k.strip()],
            "languages": [value["language"]] if value.get("language") else [],
            "doi": value.get("doi", ""),
            "isbn": value.get("isbn", ""),
            "source_url": value.get("url", "") or _howpublished_url(value.get("howpublished", "")),
        }
    )


def _howpublished_url(value: str) -> str:
    match = re.search(r"https?://\S+", value)
    return match.group(0).rstrip("}") if match else ""


def _split_and(value: str) -> list[str]:
    """Split a BibTeX name list on ' and ' outside braces."""
    names, depth, current, i = [], 0, [], 0
    while i < len(value):
        ch = value[i]
        depth += ch == "{"
        depth -= ch == "}"
        if depth == 0 and value[i : i + 5].lower() == " and ":
            names.append("".join(current))
            current, i = [], i + 5
            continue
        current.append(ch)
        i += 1
    names.append("".join(current))
    return [" ".join(n.split()) for n in names if n.strip()]


def _latex_to_text(value: str) -> str:
    from pylatexenc.latex2text import LatexNodes2Text

    value = str(value or "")
    if not re.search(r"[\\{}$~%]", value):
        return " ".join(value.split())
    try:
        text = LatexNodes2Text(strict_latex_spaces=True).latex_to_text(value)
    except Exception:  # malformed LaTeX: keep the text with braces removed
        text = value.replace("{", "").replace("}", "")
    return " ".join(text.split())


# --- RIS ---------------------------------------------------------------------------------------
def to_ris(records: Iterable[dict]) -> str:
    import rispy

    class _PlainRis(rispy.RisWriter):
        """RIS as reference managers expect it: records start at TY, with no "1." counter lines."""

        def set_header(self, count: int) -> str:
            return ""

    entries = [_ris_entry(r) for r in records]
    return rispy.dumps(entries, implementation=_PlainRis) if entries else ""


def _ris_entry(record: dict) -> dict:
    parts = _date_parts(record.get("date") or "")
    entry = {
        "type_of_reference": _TYPE_MAP.get(record.get("type") or "report", _TYPE_MAP["report"])[2],
        "id": record.get("slug") or "",
        "title": record.get("title") or "",
        "authors": [_family_given(a) for a in record.get("authors") or []],
        "publisher": "; ".join(record.get("publishers") or []),
        "type_of_work": record.get("type") or "",
        "year": str(parts[0]) if parts else "",
        "date": "/".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])]) + "/" * (4 - len(parts))
        if parts
        else "",
        "edition": record.get("edition") or "",
        "abstract": _abstract(record),
        "keywords": list(record.get("topics") or []),
        "language": (record.get("languages") or [""])[0],
        "doi": record.get("doi") or "",
        "issn": record.get("isbn") or "",
        "urls": [record["source_url"]] if record.get("source_url") else [],
        "file_attachments1": "; ".join(u for u in _file_urls(record) if u.startswith(("http://", "https://"))),
    }
    return {k: v for k, v in entry.items() if v not in ("", [], None)}


def read_ris(text: str) -> list[Row]:
    import rispy

    try:
        entries = rispy.loads(text, skip_unknown_tags=True, enforce_list_tags=False)
    except Exception as exc:  # rispy raises IOError and others on malformed files
        return [(0, None, f"not a RIS file ({exc})")]
    return [_checked(number, _from_ris(entry)) for number, entry in enumerate(entries, start=1)]


def _from_ris(entry: dict) -> dict:
    def first(*keys):
        for key in keys:
            value = entry.get(key)
            if isinstance(value, list):
                value = value[0] if value else ""
            if value:
                return str(value).strip()
        return ""

    def many(*keys) -> list[str]:
        found = []
        for key in keys:
            value = entry.get(key) or []
            found += value if isinstance(value, list) else [value]
        return [str(v).strip() for v in found if str(v).strip()]

    date = first("date", "publication_year", "year")
    parts = [p for p in re.split(r"[/-]", date) if p.strip()]
    urls = many("urls")
    files = [u for u in re.split(r"[;\s]+", first("file_attachments1")) if u.startswith(("http://", "https://"))]
    isbn = first("issn")
    return _clean_record(
        {
            "slug": _slug_or_empty(first("id")),
            "title": first("title", "primary_title", "translated_title"),
            "type": _lantern_type(first("type_of_work"))
            or _RIS_TO_TYPE.get(first("type_of_reference").upper(), "report"),
            "authors": [join_name(a) for a in many("authors", "first_authors")],
            "publishers": _split_publishers(first("publisher")),
            "date": _date_text(parts[:3]) if parts and parts[0].isdigit() else "",
            "edition": first("edition"),
            "summary": first("abstract", "notes_abstract"),
            "topics": many("keywords"),
            "languages": [first("language")] if first("language") else [],
            "doi": first("doi"),
            "isbn": isbn if len(re.sub(r"[^0-9Xx]", "", isbn)) in (10, 13) else "",
            "source_url": urls[0] if urls else "",
            "files": files,
        }
    )


# --- formatted citations -----------------------------------------------------------------------
@cache
def _style(name: str):
    from citeproc import CitationStylesStyle

    return CitationStylesStyle(str(_DATA / STYLES[name]), validate=False)


def format_citation(record: dict, style: str = "apa", output: str = "text") -> str:
    """One bibliography entry in APA 7 or Harvard (Cite Them Right); ``output`` "text" or "html".

    Raises ValueError for an unknown style or output. HTML output is escaped by citeproc-py
    (only its own ``<i>``/``<b>`` tags appear).
    """
    import warnings

    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; use one of {', '.join(STYLES)}")
    if output not in {"text", "html"}:
        raise ValueError("output must be 'text' or 'html'")
    item = to_csl(record)
    item["id"] = "item"
    if not item.get("author") and record.get("publishers"):
        item["author"] = [{"literal": record["publishers"][0]}]  # a group author, as APA and Harvard cite reports
    for unused in ("abstract", "genre", "keyword", "license"):
        item.pop(unused, None)
    if item.get("author") == [{"literal": item.get("publisher")}]:
        item.pop("publisher")  # APA and Harvard do not repeat a publisher that is the author
    if output == "html":
        # citeproc-py's HTML formatter does not escape the data it is given.
        item = {k: html.escape(v, quote=False) if isinstance(v, str) else v for k, v in item.items()}
        item["author"] = [{k: html.escape(str(v), quote=False) for k, v in n.items()} for n in item.get("author", [])]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL features it skips
        bibliography = CitationStylesBibliography(
            _style(style), CiteProcJSON([item]), formatter.html if output == "html" else formatter.plain
        )
        bibliography.register(Citation([CitationItem("item")]))
        entries = bibliography.bibliography()
    text = str(entries[0]) if entries else ""
    return " ".join(text.split())


EXPORT_FORMATS: dict[str, tuple[Callable[[Iterable[dict]], str], str, str]] = {
    "bibtex": (to_bibtex, "application/x-bibtex; charset=utf-8", "bib"),
    "ris": (to_ris, "application/x-research-info-systems; charset=utf-8", "ris"),
    "csl-json": (to_csl_json, "application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}
READERS: dict[str, Callable[[str], list[Row]]] = {
    "bibtex": read_bibtex,
    "ris": read_ris,
    "csl-json": read_csl_json,
}
