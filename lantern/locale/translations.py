"""French and Spanish for the interface: fill the .po catalogues and compile them.

    cd lantern && python -m django makemessages -l fr -l es --no-location \
        --ignore='ingest/*' --ignore='curation/*' --ignore='api/*'
    python locale/translations.py        # fills msgstr from TEXT, writes .mo (pure Python, babel)

Only what the public site shows is translated; the curators' admin stays in English.
tests/test_i18n_complete.py fails, naming the strings, when a public string has no French or
Spanish in the compiled catalogues: add it to the table of its area (``text_labels.py``,
``text_pages.py`` or ``text_forms.py`` beside this file) and run the two commands again.
"""

from __future__ import annotations

from pathlib import Path

from lantern.locale.text_forms import FORMS
from lantern.locale.text_labels import LABELS
from lantern.locale.text_pages import PAGES

# msgid (or (context, msgid)) → (French, Spanish).
TEXT: dict = {**LABELS, **PAGES, **FORMS}


def fill(language: int, code: str, path: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=code)
    for message in catalogue:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        found = TEXT.get((message.context, key)) if message.context else TEXT.get(key)
        if found is None:
            continue
        text = found[language]
        if isinstance(text, tuple):  # plural forms: the catalogue's count, the last one repeated
            forms = catalogue.num_plurals
            text = tuple(text[: forms - 1]) + (text[-1],) * (forms - len(text[: forms - 1]))
        message.string = text
        message.flags.discard("fuzzy")
    with path.open("wb") as handle:
        write_po(handle, catalogue, width=100, omit_header=False)
    with path.with_suffix(".mo").open("wb") as handle:
        write_mo(handle, catalogue)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for index, code in enumerate(("fr", "es")):
        fill(index, code, here / code / "LC_MESSAGES" / "django.po")
    print("filled and compiled fr, es")
