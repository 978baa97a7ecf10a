"""Citation formats, model-free: canonical record dicts in, BibTeX / RIS / CSL-JSON / formatted text out, and back.

Contracts
---------
Every writer takes canonical records as ``lantern.catalog.records.to_record`` makes them (plain
dicts; missing keys are treated as empty) and returns ``str``:

- ``to_csl(record) -> dict`` — one CSL-JSON item (``id`` is the slug, also kept as
  ``custom.lantern_slug`` so that Lantern's own files update the same resources on import).
- ``to_csl_json(records) -> str`` — a JSON array of CSL items (ids unique within the file).
- ``to_bibtex(records) -> str`` — ``@techreport`` for reports/research/guidance/…, ``@misc``
  otherwise; the key is the slug (unique within the file); the Lantern type travels in ``type``.
- ``to_ris(records) -> str`` — RIS (``TY  - RPRT`` …), readable by Zotero, EndNote, Mendeley.
- ``format_citation(record, style="apa"|"harvard", output="text"|"html") -> str`` — one
  formatted bibliography entry via citeproc-py with the CSL styles shipped in ``lib/data``
  (no network).
- ``EXPORT_FORMATS`` — name → (function, media type, file extension) for the writers.

Names. Records hold "Given Family" names. A person's name is split as BibTeX splits "First von
Last": the last word is the family name, and lower-case words before it ("van der", "de la",
"von") are particles that stay with it, so "Ludwig van der Berg" is "van der Berg, Ludwig" in
BibTeX, RIS and ``citation_author`` and ``{"given": "Ludwig", "non-dropping-particle": "van der",
"family": "Berg"}`` in CSL. A work with no personal author is authored by its publishers, written
as each format writes an organisation: ``{Home Office}`` (braced, so BibTeX never splits it),
``AU  - Home Office,`` (the trailing comma is how EndNote and Zotero keep a name whole) and
``{"literal": "Home Office"}``. Readers turn organisations that merely repeat the publishers (or
stand in for missing ones) back into publishers, so a record comes back as it went out.

Text. CSL-JSON carries text exactly. BibTeX and RIS carry a title (and every other one-line
field) on one line, its runs of spaces as one (pybtex reads names so), and a summary as lines:
line breaks survive, runs of blank lines become one, each line loses the whitespace around it, and control characters (other than line breaks and
tabs) are dropped — ``carried_text`` and ``carried_line`` give exactly what comes back. BibTeX escapes every character TeX would read
(``{ } \\ & % # _ $ ~ ^``) and breaks TeX ligatures (``--``, ````` ``, ``''`` …); a RIS
continuation line that could pass for a tag line (``ER  - ``) starts with a zero-width space,
which Lantern's reader removes.

Every reader takes text and returns a list of ``(position, record | None, error)`` rows — the
same shape as ``lantern.ingest.records.read_rows`` — where ``position`` counts entries from 1 and
``record`` is a partial canonical record (only the keys the source gave: ``title``, ``authors``,
``publishers``, ``date``, ``type``, ``source_url``, ``doi``, ``isbn``, ``summary``, ``topics``
(keywords, unresolved), ``languages``, ``files`` (URLs), ``slug`` when the source carries
Lantern's own key: a BibTeX key, a RIS ``ID`` or a CSL ``custom.lantern_slug``; a CSL item's
``id`` is the other tool's own reference and never becomes a slug):

- ``read_bibtex(text)``, ``read_ris(text)``, ``read_csl_json(text)``.

Readers never raise on bad input: a whole-file problem comes back as a single row
``(0, None, message)``, a bad entry as its own row with Lantern's message (the parsers' own
log output is silenced).
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
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


# --- BibTeX ------------------------------------------------------------------------------------
# Every character TeX reads as markup, written so that BibTeX parsers never count a brace that is
# text (a literal "{" would unbalance the field) and LaTeX prints the character itself.
_BIB_CHARS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "\u00a0": "~",
}
_BIB_SPECIAL = re.compile("[" + re.escape("".join(_BIB_CHARS)) + "]")
# TeX joins these pairs into one glyph (-- en dash, `` and '' quotes, !` and ?` inverted marks,
# << >> ,, guillemets and low quotes); an empty group between them keeps both characters.
_BIB_LIGATURE = re.compile(r"(-(?=-)|`(?=`)|'(?=')|!(?=`)|\?(?=`)|<(?=<)|>(?=>)|,(?=,))")
_BIB_VERBATIM = {"url", "doi", "file", "isbn"}


def _bib_text(value: str) -> str:
    text = _BIB_SPECIAL.sub(lambda m: _BIB_CHARS[m.group(0)], str(value))
    return _BIB_LIGATURE.sub(r"\1{}", text)


def _bib_lines(value: str) -> str:
    # A line starting with "@name{" or "@name(" opens a new entry for bibtexparser; "{@}" is an "@".
    return "\n".join(f"{{@}}{line[1:]}" if line.startswith("@") else line for line in _bib_text(value).split("\n"))


def _bib_name_words(text: str) -> str:
    # "and" separates names, in any case; braced, the word is part of the name.
    return " ".join(f"{{{w}}}" if w.lower() == "and" else w for w in _bib_text(text).split())


def _bib_person(name: str) -> str:
    parts = split_name(name)
    if "literal" in parts:
        return "{" + _bib_text(parts["literal"]) + "}"
    family = _bib_name_words(" ".join(p for p in (parts.get("non-dropping-particle"), parts["family"]) if p))
    return f"{family}, {_bib_name_words(parts['given'])}" if parts.get("given") else family


def to_bibtex(records: Iterable[dict]) -> str:
    """BibTeX (UTF-8, biblatex-friendly ``date`` plus classic ``year``/``month``)."""
    return "\n".join(_bibtex_entry(key, r) for key, r in _unique_keys(list(records), "resource"))


def _bibtex_entry(key: str, record: dict) -> str:
    kind = _TYPE_MAP.get(record.get("type") or "report", _TYPE_MAP["report"])[1]
    parts = _date_parts(record.get("date") or "")
    names, corporate = _author_list(record)
    publishers = [carried_line(p) for p in record.get("publishers") or [] if carried_line(p)]
    authors = ["{" + _bib_text(n) + "}" for n in names] if corporate else [_bib_person(n) for n in names]
    publisher_field = "institution" if kind == "techreport" else "publisher"
    fields: list[tuple[str, str]] = [
        ("title", _bib_text(carried_line(record.get("title")))),
        ("author", " and ".join(authors)),
        (publisher_field, " and ".join("{" + _bib_text(p) + "}" for p in publishers)),
        ("type", _bib_text(carried_line(record.get("type")))),
        ("year", str(parts[0]) if parts else ""),
        ("month", _MONTHS[parts[1] - 1] if len(parts) > 1 and 1 <= parts[1] <= 12 else ""),
        ("date", _date_text(parts)),
        ("edition", _bib_text(carried_line(record.get("edition")))),
        ("abstract", _bib_lines(carried_text(_abstract(record)))),
        ("keywords", _bib_text(carried_line(", ".join(record.get("topics") or [])))),
        ("language", _bib_text(carried_line((record.get("languages") or [""])[0]))),
        ("doi", _bib_verbatim(record.get("doi"))),
        ("isbn", _bib_verbatim(record.get("isbn"))),
        ("url", _bib_verbatim(record.get("source_url"))),
    ]
    lines = [f"@{kind}{{{key},"]
    for name, value in fields:
        if value:
            lines.append(f"  {name} = {value}," if name == "month" else f"  {name} = {{{value}}},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _bib_verbatim(value) -> str:
    # URLs and identifiers are read verbatim; only braces, backslashes and spaces could break the field.
    text = carried_line(value)
    return "".join(f"%{ord(ch):02X}" if ch in "{}\\" else ch for ch in text).replace(" ", "%20")


_BIB_ABORTS = (
    ("Unexpectedly reached end of file", "the file ends before this entry is closed (a missing '}'?)"),
    ("Unexpected block start", "a new entry starts before this one is closed (a missing '}' or '\"'?)"),
    ("Expected a `=`", "a field has no '=' after its name"),
    ("Expected equals sign", "a field has no '=' after its name"),
    ("Expected either a `,`", "a field's value is not followed by ',' (a stray '}' or '\"'?)"),
    ("Expected comma after entry key", "the entry's key is not followed by ','"),
)


def read_bibtex(text: str) -> list[Row]:
    import bibtexparser
    from bibtexparser import model

    try:
        with _quiet("bibtexparser"):
            library = bibtexparser.parse_string(text)
    except Exception as exc:  # the parser's own errors vary by version; any is a file problem
        return [(0, None, f"not a BibTeX file: the parser stopped ({type(exc).__name__})")]
    rows: list[Row] = []
    previous = None
    for block in library.blocks:
        if isinstance(block, model.Entry):
            fields = {f.key.lower(): str(f.value) for f in block.fields}
            rows.append(_checked(len(rows) + 1, _from_bibtex(block.entry_type.lower(), block.key, fields)))
        elif isinstance(block, model.ParsingFailedBlock):
            rows.append((len(rows) + 1, None, _bib_failure(block)))
        elif isinstance(previous, model.Entry) and isinstance(block, model.ImplicitComment):
            # Fields after an entry's end: an unbalanced "}" in a value closed the entry early, and
            # importing what came before it would silently cut the entry short.
            stray = " ".join(block.comment.split())
            if stray.startswith(",") or re.search(r"\w\s*=", stray):
                where = f"the entry starting on line {int(previous.start_line or 0) + 1}"
                rows[-1] = (rows[-1][0], None, f"{where} ends early at an unbalanced '}}': {stray[:60]!r} is left over")
        previous = block
    return rows


def _bib_failure(block) -> str:
    from bibtexparser import model

    where = f"the entry starting on line {int(block.start_line or 0) + 1}"
    if isinstance(block, model.DuplicateBlockKeyBlock):
        return f"{where} repeats the key {block.key!r} of an earlier entry"
    if isinstance(block, model.DuplicateFieldKeyBlock):
        return f"{where} has the field {', '.join(sorted(block.duplicate_keys))} twice"
    reason = str(getattr(block.error, "abort_reason", "") or "")
    if re.search(r"found `?@", reason):
        reason = "Unexpected block start"
    plain = next((text for start, text in _BIB_ABORTS if reason.startswith(start)), "it is not valid BibTeX")
    return f"{where} cannot be read: {plain}"


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
    publishers = [carried_line(_latex_to_text(p)) for p in _split_and(publishers_raw)]
    names = [(_bib_name(n), _is_braced(n)) for n in _split_and(fields.get("author", ""))]
    authors, publishers = _people_and_publishers([(n, c) for n, c in names if n], [p for p in publishers if p])
    kind = _lantern_type(value.get("type")) or {"dataset": "data", "online": "report"}.get(entry_type, "report")
    return _clean_record(
        {
            "slug": _slug_or_empty(key),
            "title": carried_line(value.get("title", "")),
            "type": kind,
            "authors": authors,
            "publishers": publishers,
            "date": date[:10],
            "edition": carried_line(value.get("edition", "")),
            "summary": carried_text(value.get("abstract", "")),
            "topics": [k.strip() for k in re.split(r"[,;]", carried_line(value.get("keywords", ""))) if k.strip()],
            "languages": [carried_line(value["language"])] if carried_line(value.get("language")) else [],
            "doi": value.get("doi", ""),
            "isbn": value.get("isbn", ""),
            "source_url": value.get("url", "") or _howpublished_url(value.get("howpublished", "")),
        }
    )


def _bib_name(raw: str) -> str:
    """One BibTeX name ("von Last, First", "First von Last", "{Organisation}") as "Given Family"."""
    if _is_braced(raw):
        return carried_line(_latex_to_text(raw[1:-1]))
    parts = [carried_line(_latex_to_text(p)) for p in _split_commas(raw)]
    if len(parts) == 3:  # "von Last, Jr, First"
        return join_name({**split_name(f"{parts[0]}, {parts[2]}"), "suffix": parts[1]})
    return join_name(", ".join(parts))


def _is_braced(raw: str) -> bool:
    """Whether a name is one brace group, "{Home Office}": BibTeX's way of writing an organisation."""
    raw = raw.strip()
    if not (raw.startswith("{") and raw.endswith("}")):
        return False
    depth = 0
    for index, ch in enumerate(raw):
        depth += (ch == "{") - (ch == "}")
        if depth == 0:
            return index == len(raw) - 1
    return False


def _howpublished_url(value: str) -> str:
    match = re.search(r"https?://\S+", value)
    return match.group(0).rstrip("}") if match else ""


def _split_and(value: str) -> list[str]:
    """Split a BibTeX name list on ' and ' (any case, any whitespace) outside braces."""
    return [" ".join(n.split()) for n in _split_outside_braces(value, re.compile(r"\s+and\s+", re.I)) if n.strip()]


def _split_commas(value: str) -> list[str]:
    return [part.strip() for part in _split_outside_braces(value, re.compile(","))]


def _split_outside_braces(value: str, separator: re.Pattern) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(value):
        ch = value[i]
        depth += (ch == "{") - (ch == "}")
        match = separator.match(value, i) if depth == 0 else None
        if match and match.end() > i:
            parts.append(value[start:i])
            start = i = match.end()
            continue
        i += 1
    parts.append(value[start:])
    return parts


@cache
def _latex_decoder():
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    # pylatexenc's table lacks the brace macros and reads \textasciicircum as a modifier letter.
    context = get_default_latex_context_db()
    context.add_context_category(
        "lantern",
        prepend=True,
        macros=[
            MacroTextSpec("textbraceleft", "{"),
            MacroTextSpec("textbraceright", "}"),
            MacroTextSpec("textasciicircum", "^"),
        ],
    )
    return LatexNodes2Text(latex_context=context, strict_latex_spaces=True)


# The escapes _bib_text writes, read back directly: pylatexenc takes seconds on a long abstract.
_OWN_ESCAPES = {code: char for char, code in _BIB_CHARS.items()} | {"{}": "", "{@}": "@"}
_OWN_ESCAPE = re.compile("|".join(re.escape(code) for code in sorted(_OWN_ESCAPES, key=len, reverse=True)))
_TEX_MARKUP = re.compile(r"[\\{}$%~&#^_]|--|``|''|!`|\?`|<<|>>|,,")


def _latex_to_text(value: str) -> str:
    """BibTeX field text to Unicode, keeping its line breaks (callers normalise whitespace)."""
    value = str(value or "")
    pieces = _OWN_ESCAPE.split(value)
    if not any(_TEX_MARKUP.search(piece) for piece in pieces):
        codes = iter(_OWN_ESCAPE.findall(value))
        return "".join(piece + _OWN_ESCAPES.get(next(codes, ""), "") for piece in pieces)
    try:
        return _latex_decoder().latex_to_text(value)
    except Exception:  # malformed LaTeX: keep the text with braces removed
        return value.replace("{", "").replace("}", "")


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


# --- formatted citations -----------------------------------------------------------------------
@cache
def _style(name: str):
    from citeproc import CitationStylesStyle

    return CitationStylesStyle(str(_DATA / STYLES[name]), validate=False)


def _edition(value: str) -> str:
    # A number is an edition's ordinal to CSL ("2" → "2nd ed."); an edition named by its year is not.
    return f"{value} edition" if re.fullmatch(r"\d{4}(\s*[-/–]\s*\d{2,4})?", value.strip()) else value


def format_citation(record: dict, style: str = "apa", output: str = "text") -> str:
    """One bibliography entry in APA 7 or Harvard (Cite Them Right); ``output`` "text" or "html".

    Raises ValueError for an unknown style or output. HTML output is escaped by citeproc-py
    (only its own ``<i>``/``<b>`` tags appear). With no personal authors, the publishers are
    cited as group authors and not repeated as publisher.
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
    for unused in ("abstract", "genre", "keyword", "license", "custom"):
        item.pop(unused, None)
    if item.get("edition"):
        item["edition"] = _edition(item["edition"])
    if _author_list(record)[1] and item.get("author"):
        item.pop("publisher", None)  # APA and Harvard do not repeat a publisher that is the author
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
