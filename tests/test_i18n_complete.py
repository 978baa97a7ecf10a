"""The public site is complete in French and Spanish: every string a visitor can read is
translated, and dates and numbers are written the way each language writes them.

The strings are extracted as ``makemessages`` does (Django's ``templatize`` turns each template
into the gettext calls it makes, read here by babel's Python extractor; the Python modules are
read by the same extractor), and looked up in the compiled catalogues Django serves
(``lantern/locale/*/LC_MESSAGES/django.mo``). A failure names each string that lacks a French
or a Spanish translation: add it to ``lantern/locale/translations.py`` and run the commands in
that file's docstring.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation.template import templatize
from factories import make_organisation, make_resource

from lantern.catalog.models import Attachment, Identifier, Organisation, Resource

babel_extract = pytest.importorskip("babel.messages.extract")
babel_mofile = pytest.importorskip("babel.messages.mofile")

LANTERN = Path(__file__).resolve().parent.parent / "lantern"
LANGUAGES = ("fr", "es")

# Everything a visitor's page can show: the public site's templates, its Python modules, the
# search's warnings and facet names, the names of file formats and of the interface languages.
PUBLIC_TEMPLATES = sorted((LANTERN / "public" / "templates").rglob("*.html"))
PUBLIC_MODULES = sorted(
    [
        *(LANTERN / "public").glob("*.py"),
        *(LANTERN / "public" / "templatetags").glob("*.py"),
        LANTERN / "search" / "filters.py",
        LANTERN / "search" / "facets.py",
        LANTERN / "search" / "ranking.py",
        LANTERN / "search" / "service.py",
        LANTERN / "lib" / "files.py",
        LANTERN / "settings.py",
    ]
)
# The catalogue's choices a public page prints (a resource's type, an organisation's kind, an
# identifier's scheme); the rest of the catalogue's strings are the curators' admin, in English.
PUBLIC_CHOICES = (Resource.Type, Organisation.Kind, Identifier.Scheme)

# The gettext functions and their arguments, as makemessages gives them to xgettext.
KEYWORDS = {
    **babel_extract.DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]")


def _calls(source: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """(context, msgid[, plural]) of every gettext call with literal strings in ``source``."""
    found = []
    for _line, func, message, _comments in babel_extract.extract_python(io.BytesIO(source.encode()), KEYWORDS, [], {}):
        # babel gives (context, singular, plural) for the functions with a context argument.
        if message is None:  # a call with a variable, not a string: gettext(name)
            continue
        if isinstance(message, str):
            message = (message,)
        strings = tuple(part for part in message if part is not None)
        context = None
        if func in {"pgettext", "pgettext_lazy", "npgettext", "npgettext_lazy"}:
            context, strings = strings[0], strings[1:]
        if strings and strings[0]:
            found.append((context, strings))
    return found


def public_strings() -> dict[tuple[str | None, str], tuple[tuple[str, ...], str]]:
    """Every translatable string of the public site: (context, msgid) → (its forms, where it is)."""
    strings = {}
    for path in PUBLIC_TEMPLATES:
        source = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        for context, forms in _calls(source):
            strings.setdefault((context, forms[0]), (forms, path.relative_to(LANTERN).as_posix()))
    for path in PUBLIC_MODULES:
        for context, forms in _calls(path.read_text(encoding="utf-8")):
            strings.setdefault((context, forms[0]), (forms, path.relative_to(LANTERN).as_posix()))
    with translation.override("en"):
        for choices in PUBLIC_CHOICES:
            for label in choices.labels:
                text = str(label)
                if isinstance(label, Promise):  # not "DOI", "ISBN": names, the same in every language
                    strings.setdefault((None, text), ((text,), f"catalog/models {choices.__qualname__}"))
    return strings


def catalogue(code: str):
    with (LANTERN / "locale" / code / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        return babel_mofile.read_mo(handle)


def test_the_extraction_finds_the_strings_of_templates_modules_and_choices():
    """The extraction itself reads every kind of call: a broken one would pass everything."""
    strings = public_strings()
    assert (None, "Showing results for <strong>%(searched)s</strong>.") in strings  # blocktranslate with
    assert strings[(None, "%(number)s resource")][0] == ("%(number)s resource", "%(number)s resources")
    assert strings[("details row", "Publisher")][0] == ("Publisher", "Publishers")  # blocktranslate context
    assert (None, "Skip to content") in strings  # translate
    assert (None, "Your search was long, so only its first words were used.") in strings  # gettext as _
    assert strings[(None, "%(count)s edition")][0] == ("%(count)s edition", "%(count)s editions")  # ngettext
    assert (None, "Why it is useful") in strings  # gettext_lazy, a form's label
    assert (None, "Africa") in strings  # gettext_noop
    assert (None, "Toolkit") in strings and (None, "NGO") in strings  # the catalogue's choices
    assert len(strings) > 200


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_public_string_is_translated(code):
    messages = catalogue(code)
    missing = []
    for (context, msgid), (forms, where) in sorted(public_strings().items(), key=lambda item: item[1][1]):
        message = messages.get(forms if len(forms) > 1 else msgid, context=context)
        translated = message.string if message is not None else ""
        if isinstance(translated, (list, tuple)):  # plural forms: every one is needed
            translated = translated if all(translated) else ""
        if not translated:
            missing.append(f"{where}: {msgid!r}" + (f" (context {context!r})" if context else ""))
    assert not missing, f"{len(missing)} public strings have no {code} translation:\n" + "\n".join(missing)


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_every_placeholder(code):
    """A translation that drops or renames a placeholder would fail the page that prints it."""
    wrong = []
    for message in catalogue(code):
        if not message.id or not message.string:
            continue
        ids = tuple(message.id) if isinstance(message.id, (list, tuple)) else (message.id,)
        strings = tuple(message.string) if isinstance(message.string, (list, tuple)) else (message.string,)
        expected = set(PLACEHOLDER.findall(" ".join(ids)))
        for text in strings:
            found = set(PLACEHOLDER.findall(text))
            # A plural form may leave the number out ("une seule ressource"), never add a name.
            if found - expected or (len(ids) == 1 and found != expected):
                wrong.append(f"{ids[0]!r} → {text!r}")
    assert not wrong, f"{code} translations with other placeholders than their English:\n" + "\n".join(wrong)


# --- dates and numbers on the pages ----------------------------------------------------------------
NBSP = "\u00a0"  # Django's French and Spanish formats group thousands with a no-break space


@pytest.fixture
def report(db):
    ilo = make_organisation("International Labour Organization", acronym="ILO")
    resource = make_resource(
        "Global Estimates of Modern Slavery",
        publishers=[ilo],
        type="report",
        topics=["forced-labour"],
        countries=["FR"],
        languages=["en"],
        date=dt.date(2026, 12, 5),
        date_precision=Resource.Precision.DAY,
    )
    # 1.5 MB and 1234 pages: a decimal and a number with thousands to write.
    attachment = Attachment(
        resource=resource,
        filename="global-estimates.pdf",
        media_type="application/pdf",
        size=1536 * 1024,
        page_count=1234,
    )
    attachment.file.save("global-estimates.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    return resource


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize(
    ("prefix", "day", "size", "pages"),
    [
        ("", "5 December 2026", "1.5 MB", "1,234 pages"),
        ("/fr", "5 décembre 2026", "1,5 Mo", f"1{NBSP}234 pages"),
        ("/es", "5 de diciembre de 2026", "1,5 MB", f"1{NBSP}234 páginas"),
    ],
)
def test_a_resource_page_writes_its_date_size_and_pages_in_the_page_language(client, report, prefix, day, size, pages):
    html = page(client, f"{prefix}/resources/{report.slug}/")
    assert f'<time datetime="2026-12-05">{day}</time>' in html
    assert size in html and pages in html
    assert "December" not in html or prefix == ""


@pytest.mark.parametrize(
    ("prefix", "month"), [("", "December 2026"), ("/fr", "décembre 2026"), ("/es", "diciembre de 2026")]
)
def test_a_date_known_to_the_month_is_written_in_the_page_language(client, report, prefix, month):
    report.date_precision = Resource.Precision.MONTH
    report.save()
    html = page(client, f"{prefix}/resources/{report.slug}/")
    assert f'<time datetime="2026-12">{month}</time>' in html


@pytest.mark.parametrize(
    ("prefix", "words"),
    [
        ("", ["1 resource", "1 organisation", "Organisations", "Countries"]),
        ("/fr", ["1 ressource", "1 organisation", "Organisations", "Pays"]),
        ("/es", ["1 recurso", "1 organización", "Organizaciones", "Países"]),
    ],
)
def test_the_directories_count_in_the_page_language(client, report, prefix, words):
    html = page(client, f"{prefix}/countries/") + page(client, f"{prefix}/organisations/")
    for word in words:
        assert word in html, word


def test_counts_above_a_thousand_are_grouped_the_page_language_way(client, report):
    """Result counts, facet counts and the home page's total, as a hub of thousands shows them."""
    from lantern.public import labels

    with translation.override("en"):
        assert labels.number(25_000) == "25,000" and labels.number(999) == "999"
    with translation.override("fr"):
        assert labels.number(25_000) == f"25{NBSP}000" and labels.file_size(2048) == "2,0 Ko"
    with translation.override("es"):
        assert labels.number(25_000) == f"25{NBSP}000" and labels.file_size(512) == "512 bytes"
    # A year is a name, not a count: never grouped.
    html = page(client, "/fr/search/?q=slavery&year=2026")
    assert "2026" in html and f"2{NBSP}026" not in html


@pytest.mark.parametrize(
    ("prefix", "expected", "english"),
    [
        ("/fr", ["Rechercher des ressources", "Filtrer les résultats", "1 ressource"], "Filter results"),
        ("/es", ["Buscar recursos", "Filtrar resultados", "1 recurso"], "Filter results"),
    ],
)
def test_a_result_page_has_no_english_left(client, report, prefix, expected, english):
    html = page(client, f"{prefix}/search/?q=slavery")
    for text in expected:
        assert text in html, text
    assert english not in html and "Sort by" not in html and "Skip to content" not in html


@pytest.mark.parametrize(
    ("prefix", "chip"), [("", "Type: Report"), ("/fr", "Type : Rapport"), ("/es", "Tipo: Informe")]
)
def test_a_filter_is_named_with_the_page_language_punctuation(client, report, prefix, chip):
    html = page(client, f"{prefix}/search/?type=report")
    assert chip in re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize(
    ("prefix", "note"),
    [
        ("", "Unknown sort “sideways”"),
        ("/fr", "Tri « sideways » inconnu"),
        ("/es", "Orden «sideways» desconocido"),
    ],
)
def test_the_search_notes_are_in_the_page_language(client, report, prefix, note):
    html = page(client, f"{prefix}/search/?q=slavery&sort=sideways")
    assert note in html
