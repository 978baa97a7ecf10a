"""BibTeX: canonical records written so that strict parsers read them back, and BibTeX files read into records."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from lantern.lib.citations.common import (
    _MONTHS,
    _TYPE_MAP,
    Row,
    _abstract,
    _author_list,
    _clean_record,
    _date_parts,
    _date_text,
    _lantern_type,
    _people_and_publishers,
    _quiet,
    _unique_keys,
    carried_line,
    carried_text,
    join_name,
    split_name,
)
from lantern.lib.citations.csl import _checked, _slug_or_empty

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
