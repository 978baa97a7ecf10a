"""Lantern's BibTeX, RIS and CSL-JSON read right by other tools' parsers, and come back into Lantern unchanged.

Property tests: generated records (any Unicode, TeX and RIS markup, multi-line summaries with
injected tag lines, empty and long fields, name particles, organisations as authors, every date
precision) are written by Lantern, then read by parsers Lantern does not use itself: pybtex in
strict mode and bibtexparser 2 for BibTeX, gris and a strict line-level reading for RIS, and
citeproc-py with the shipped CSL styles for CSL-JSON; and read back by Lantern, into the
database. What BibTeX and RIS cannot carry (whitespace around a line, runs of blank lines,
control characters) is spelled out in ``expected_text`` below, written independently of
``lantern.lib.citations``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lantern.lib import citations

EXAMPLES = 150
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True)

# --- what BibTeX and RIS carry, stated independently ---------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def expected_text(text: str) -> str:
    """Lines kept; blank-line runs as one; each line trimmed; no control characters."""
    out: list[str] = []
    for line in re.split(r"\r\n|\r|\n", _CONTROL.sub("", text)):
        line = line.strip()
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def expected_line(text: str) -> str:
    """Lines joined by a space; runs of spaces and tabs as one space (pybtex reads names so)."""
    return re.sub(r"[ \t]{2,}", " ", " ".join(line for line in expected_text(text).split("\n") if line))


# --- generated records -------------------------------------------------------------------------
MARKUP = "{}\\&%#_$~^@-`'!?<>,\"=()[]\u00a0\u200b"
TAG_LINES = [
    "ER  - ",
    "TY  - JOUR",
    "TI  - Injected",
    "ER  -",
    "AB - x",
    "\u200bER  - ",
    "@misc{x,",
    "@book(y,",
    "}",
    "{",
]
LONG = ("A long line of 100% text & markup {} " * 500 + "\n\n") * 4
BREAKS = ["\n", "\r\n", "\n\n", "\r", " \n \t\n", "\n\n\n"]
PARTICLES = [
    "",
    "",
    "",
    "van",
    "van der",
    "de",
    "de la",
    "von",
    "von und zu",
    "di",
    "da",
    "dos",
    "du",
    "le",
    "ter",
    "'t",
]

any_char = st.characters(codec="utf-8")  # every code point but surrogates
text_char = st.one_of(any_char, st.sampled_from(MARKUP))
one_line = st.text(text_char, max_size=120)
summary = st.lists(st.tuples(st.one_of(one_line, st.sampled_from(TAG_LINES)), st.sampled_from(BREAKS)), max_size=8).map(
    lambda pairs: "".join(line + brk for line, brk in pairs)
)
capital = st.characters(categories=["Lu", "Lo"]).filter(lambda c: not c.islower())
name_word = st.builds(
    str.__add__,
    capital,
    st.text(st.one_of(st.characters(categories=["Ll", "Lu", "Lo", "Mn"]), st.sampled_from("'-")), max_size=8),
)
person = st.builds(
    lambda given, particle, prefix, family: {"given": " ".join(given), "particle": particle, "family": prefix + family},
    st.lists(name_word, min_size=1, max_size=2),
    st.sampled_from(PARTICLES),
    st.sampled_from(["", "", "Mc", "Mac", "O'", "d'", "D'"]),
    name_word,
)
organisation = st.text(
    st.one_of(any_char, st.sampled_from(MARKUP)).filter(lambda c: c != ";"), min_size=1, max_size=200
).map(lambda s: " ".join(s.split()))
title = st.text(text_char, min_size=1, max_size=500).map(lambda s: " ".join(s.split())).filter(expected_line)


def full_name(parts: dict) -> str:
    return " ".join(p for p in (parts["given"], parts["particle"], parts["family"]) if p)


@st.composite
def dates(draw) -> str:
    day = draw(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2025, 12, 31)))
    return draw(st.sampled_from([f"{day.year}", f"{day.year}-{day.month:02d}", day.isoformat()]))


@st.composite
def records(draw) -> list[dict]:
    made = []
    for number in range(draw(st.integers(1, 3))):
        people = draw(st.lists(person, max_size=3, unique_by=lambda p: full_name(p).casefold()))
        orgs = draw(
            st.lists(organisation.filter(expected_line), max_size=3, unique_by=lambda o: expected_line(o).casefold())
        )
        made.append(
            {
                "slug": f"record-{number}",
                "title": draw(title),
                "type": draw(st.sampled_from(citations.LANTERN_TYPES)),
                "authors": [full_name(p) for p in people],
                "_people": people,
                "publishers": orgs,
                "date": draw(st.one_of(st.just(""), dates(), dates(), dates())),
                "summary": draw(st.one_of(summary, summary, summary, st.just(""), st.just(LONG))),
                "edition": draw(st.one_of(st.just(""), st.just("2022"), st.text(text_char, max_size=50))),
                "source_url": draw(
                    st.sampled_from(["", "https://example.org/a_b%20c?x=1&y=~z#p", "https://example.org/r"])
                ),
                "doi": draw(st.sampled_from(["", "10.1234/abc.def_(x)"])),
            }
        )
    return made


INJECTION = [
    {
        "slug": "injected",
        "title": "Unbalanced } brace { and 100% of $5 & #1 ~ ^ _ \\ --- ``q''",
        "type": "report",
        "authors": ["Ludwig van der Berg", "María de la Cruz"],
        "_people": [
            {"given": "Ludwig", "particle": "van der", "family": "Berg"},
            {"given": "María", "particle": "de la", "family": "Cruz"},
        ],
        "publishers": ["Home Office"],
        "date": "2022-03",
        "summary": "First line\nER  - \nTY  - JOUR\nTI  - Injected\n\n@misc{x,\n}",
        "edition": "2022",
        "source_url": "",
        "doi": "",
    },
    {
        "slug": "by-an-organisation",
        "title": "Annual report",
        "type": "guidance",
        "authors": [],
        "_people": [],
        "publishers": ["Home Office", "Department for Business and Trade, UK"],
        "date": "2019",
        "summary": "",
        "edition": "",
        "source_url": "",
        "doi": "",
    },
]


def expected(record: dict, exact: bool) -> dict:
    """What Lantern reads back: exactly for CSL-JSON, else as BibTeX and RIS carry text."""
    text = (lambda s: s.strip()) if exact else expected_text
    line = (lambda s: s.strip()) if exact else expected_line
    return {
        "slug": record["slug"],
        "title": line(record["title"]),
        "type": record["type"],
        "authors": record["authors"],
        "publishers": [line(p) for p in record["publishers"]],
        "date": record["date"],
        "summary": text(record["summary"]),
        "edition": line(record["edition"]),
        "source_url": record["source_url"],
        "doi": record["doi"],
    }


def read_back(fmt: str, text: str) -> list[dict]:
    rows = citations.READERS[fmt](text)
    assert [error for _, _, error in rows] == [""] * len(rows), rows
    keys = ("slug", "title", "type", "authors", "publishers", "date", "summary", "edition", "source_url", "doi")
    return [{k: record.get(k, [] if k in ("authors", "publishers") else "") for k in keys} for _, record, _ in rows]


def sort_form(parts: dict) -> tuple[str, str]:
    return " ".join(p for p in (parts["particle"], parts["family"]) if p), parts["given"]


# --- BibTeX ------------------------------------------------------------------------------------
def _unbraced(text: str) -> str:
    return text.replace("{", "").replace("}", "")


def _squash(text: str) -> str:
    return " ".join(str(text).split())


# A control character between spaces in an organisation's name: pybtex read "0 0" for the
# "0  0" Lantern wrote, RIS kept both spaces (found by this test).
CONTROL_IN_A_NAME = [{**INJECTION[1], "publishers": ["Home \x00 Office", "a \x7f b"]}]


@SETTINGS
@given(made=records())
@example(made=INJECTION)
@example(made=CONTROL_IN_A_NAME)
def test_bibtex_reads_the_same_in_pybtex_strict_bibtexparser_and_lantern(made):
    import bibtexparser
    import pybtex.errors
    from bibtexparser import middlewares
    from pybtex.database import parse_string

    text = citations.to_bibtex(made)
    pybtex.errors.set_strict_mode(True)
    strict = parse_string(text, "bibtex")  # raises on any syntax error, duplicate or unknown macro
    library = bibtexparser.parse_string(
        text, append_middleware=[middlewares.SeparateCoAuthors(), middlewares.SplitNameParts()]
    )
    assert library.failed_blocks == [] and [e.key for e in library.entries] == [r["slug"] for r in made]
    assert list(strict.entries) == [r["slug"] for r in made]

    for record, entry in zip(made, library.entries, strict=True):
        theirs = strict.entries[record["slug"]]
        ours = {f.key: f.value for f in entry.fields}
        # The two parsers see the same field values (pybtex normalises whitespace).
        for name, value in theirs.fields.items():
            if name != "month":
                assert _squash(value) == _squash(ours[name]), name
        people = theirs.persons.get("author", [])
        if record["_people"]:
            # Both parsers split each name where Lantern means it: particles stay with the family name.
            strict_split = [
                (" ".join(p.prelast_names + p.last_names), " ".join(p.first_names + p.middle_names)) for p in people
            ]
            split = [(" ".join(n.von + n.last), " ".join(n.first)) for n in ours["author"]]
            for found in (strict_split, split):
                assert [(_unbraced(a), _unbraced(b)) for a, b in found] == [sort_form(p) for p in record["_people"]]
        elif record["publishers"]:
            # An organisation is one braced name: nothing splits it into given and family names.
            assert all(not p.first_names and len(p.last_names) == 1 for p in people)
            assert len(people) == len(record["publishers"])

    assert read_back("bibtex", text) == [expected(r, exact=False) for r in made]


# --- RIS ---------------------------------------------------------------------------------------
RIS_TAG = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")  # Zotero's reading of a tag line, the widest


def ris_tags(record: dict) -> list[str]:
    """The tag lines Lantern must write for a record, in order; nothing else may read as a tag."""
    authors = record["authors"] or record["publishers"]
    optional = [
        ("ID", record["slug"]),
        ("TI", expected_line(record["title"])),
        *[("AU", a) for a in authors],
        ("PB", record["publishers"]),
        ("M3", record["type"]),
        ("PY", record["date"]),
        ("DA", record["date"]),
        ("ET", expected_line(record["edition"])),
        ("AB", expected_text(record["summary"])),
        ("UR", record["source_url"]),
        ("DO", record["doi"]),
    ]
    tags = ["TY", *(tag for tag, value in optional if value), "ER"]
    order = ["TY", "ID", "TI", "AU", "PB", "M3", "PY", "DA", "ET", "AB", "KW", "LA", "DO", "SN", "UR", "L1", "ER"]
    return sorted(tags, key=order.index)


def ris_author(record: dict) -> list[str]:
    if record["_people"]:
        return [f"{family}, {given}" for family, given in map(sort_form, record["_people"])]
    return [f"{expected_line(p)}," for p in record["publishers"]]


@SETTINGS
@given(made=records())
@example(made=INJECTION)
@example(made=CONTROL_IN_A_NAME)
def test_ris_records_stay_whole_in_a_strict_reading_in_gris_and_in_lantern(made, tmp_path_factory):
    from gris import read_ris

    text = citations.to_ris(made)
    # Strict, line by line: each record's tag lines are exactly the ones written, TY first, ER last.
    found, current = [], None
    for line in text.split("\n"):
        match = RIS_TAG.match(line)
        if match and match.group(1) == "TY":
            assert current is None, "TY inside a record"
            current = ["TY"]
        elif match:
            assert current is not None, f"tag outside a record: {line!r}"
            current.append(match.group(1))
            if match.group(1) == "ER":
                found.append(current)
                current = None
        else:
            assert current is None or current[-1] == "AB" or not line, (
                f"a continuation line outside the summary: {line!r}"
            )
    assert current is None and found == [ris_tags(r) for r in made]

    path = tmp_path_factory.mktemp("ris") / "export.ris"
    path.write_text(text, encoding="utf-8")
    theirs = read_ris(str(path))  # raises on a tag outside a record or a TY before the last ER
    assert len(theirs) == len(made)
    for record, entry in zip(made, theirs, strict=True):
        assert entry["TY"] and entry.get("ID") == record["slug"]
        assert entry["TI"] == expected_line(record["title"])
        authors = entry.get("AU", [])
        assert (authors if isinstance(authors, list) else [authors]) == ris_author(record)
        # gris keeps line breaks but drops blank lines; the zero-width guard is the one mark added.
        first, *rest = str(entry.get("AB", "")).split("\n")
        summary = "\n".join([first, *(line.removeprefix("\u200b") for line in rest)])
        assert summary == "\n".join(line for line in expected_text(record["summary"]).split("\n") if line)

    assert read_back("ris", text) == [expected(r, exact=False) for r in made]


# --- CSL-JSON ----------------------------------------------------------------------------------
def render(item: dict, style: str) -> str:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py notes CSL features it skips
        csl = CitationStylesStyle(str(citations._DATA / citations.STYLES[style]), validate=False)
        bibliography = CitationStylesBibliography(csl, CiteProcJSON([item]), formatter.plain)
        bibliography.register(Citation([CitationItem(item["id"])]))
        return str(bibliography.bibliography()[0])


@settings(max_examples=EXAMPLES // 3, deadline=None, derandomize=True)
@given(made=records())
@example(made=INJECTION)
def test_csl_json_renders_in_citeproc_and_reads_back_exactly(made):
    items = json.loads(citations.to_csl_json(made))
    assert [item["id"] for item in items] == [r["slug"] for r in made]
    for record, item in zip(made, items, strict=True):
        people = record["_people"]
        if people:
            assert [(n.get("non-dropping-particle", ""), n["family"], n["given"]) for n in item["author"]] == [
                (p["particle"], p["family"], p["given"]) for p in people
            ]
        else:
            assert item.get("author", []) == [{"literal": p} for p in record["publishers"]]
        for style in citations.STYLES:
            line = render(item, style)
            if style == "apa" and item["type"] == "legislation":
                continue  # APA cites a law by its title alone
            first = item.get("author", [{}])[0]
            if "family" in first:  # "van der Berg, L." in APA and Harvard alike
                assert " ".join(filter(None, (first.get("non-dropping-particle"), first["family"]))) + "," in line
            elif "literal" in first:
                assert line.startswith(first["literal"])
    assert read_back("csl-json", citations.to_csl_json(made)) == [expected(r, exact=True) for r in made]


# --- into Lantern and back ---------------------------------------------------------------------
FIELDS = ("title", "type", "authors", "publishers", "date", "summary", "edition", "source_url", "doi")


def _without_nul(value):
    # Lantern refuses NUL in any text (Django's validators); every other character is fair game.
    if isinstance(value, str):
        return value.replace("\x00", "")
    return [_without_nul(v) for v in value] if isinstance(value, list) else value


def _in_lantern(made: list[dict]) -> list[dict]:
    from lantern.catalog.models import Organisation, Person, Resource
    from lantern.catalog.records import records_queryset, to_record
    from lantern.catalog.writer import RecordWriter

    Resource.objects.all().delete()
    Organisation.objects.all().delete()
    Person.objects.all().delete()
    writer = RecordWriter(default_status=Resource.Status.PUBLISHED)
    for record in made:
        writer.write({k: _without_nul(v) for k, v in record.items() if not k.startswith("_")})
    return [to_record(r) for r in records_queryset().order_by("slug")]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json"])
@settings(
    max_examples=EXAMPLES // 15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(made=records().filter(lambda made: all(_without_nul(r["title"]).strip() for r in made)))
@example(made=INJECTION)
def test_export_then_import_into_lantern_gives_the_same_resources(fmt, made, tmp_path):
    from lantern.catalog.models import Resource
    from lantern.catalog.records import records_queryset, to_record
    from lantern.ingest import formats

    before = _in_lantern(made)
    write, _media_type, extension = citations.EXPORT_FORMATS[fmt]
    path = tmp_path / f"export.{extension}"
    path.write_text(write(before), encoding="utf-8")
    _in_lantern([])  # an empty hub, as on another site

    report = formats.import_path(path, fmt, default_status=Resource.Status.PUBLISHED)
    assert (report.errors, report.created) == ([], len(made))
    after = [to_record(r) for r in records_queryset().order_by("slug")]
    text = (lambda s: s) if fmt == "csl-json" else expected_text
    line = (lambda s: s) if fmt == "csl-json" else expected_line
    for old, new in zip(before, after, strict=True):
        assert new["slug"] == old["slug"]
        assert {k: new[k] for k in FIELDS} == {
            **{k: old[k] for k in FIELDS},
            "title": line(old["title"]),
            "summary": text(old["summary"]),
            "edition": line(old["edition"]),
            "publishers": [line(p) for p in old["publishers"]],
        }
