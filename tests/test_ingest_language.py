"""Language of each page: py3langid is skipped only where a page's common words clearly confirm a
language it already found in the same document, so pages in other languages are still noted."""

from __future__ import annotations

import ingest_support as support

from lantern.ingest.extract import language

RU = (
    "Торговля людьми остаётся тяжким преступлением, которое нарушает права жертв во всём регионе. "
    "Сотрудникам служб нужны ясные указания, чтобы выявлять возможных жертв и направлять их за помощью. "
)


def pages_of(languages: list[str]) -> list[str]:
    texts = {code: support.body(code, 10, seed=n) for n, code in enumerate(["en", "fr", "es"])}
    texts["ru"] = RU * 6
    return [f"Page {n}. {texts[code]}" for n, code in enumerate(languages, start=1)]


def test_pages_in_other_languages_inside_a_long_report_are_still_found():
    codes = ["en"] * 60
    codes[29], codes[30], codes[44] = "fr", "es", "ru"
    found, main = language.per_page(pages_of(codes))
    assert found == codes
    assert main == ["en"]


def test_the_shortcut_gives_what_py3langid_gives_on_every_page():
    pages = pages_of(["fr", "fr", "en", "es", "fr", "ru", "fr", "es", "es", "en"])
    found, _main = language.per_page(pages)
    assert found == [language.detect(page)[0] for page in pages]


def test_a_hint_needs_clear_common_words_of_one_listed_language():
    assert language.hint(support.body("en", 6)) == "en"
    assert language.hint(support.body("fr", 6)) == "fr"
    assert language.hint(RU * 4) == ""  # no list for Russian: py3langid decides
    assert language.hint("The report. " * 3) == ""  # too few words to say
    half = support.body("en", 3) + " " + support.body("fr", 3)
    assert language.hint(half) == ""  # a mixed page is classified, not guessed


def test_a_document_without_enough_text_has_no_language():
    assert language.per_page(["12", "", "Contents"]) == (["", "", ""], [])


def test_py3langid_reads_only_the_pages_it_must(monkeypatch):
    calls = []
    detect = language.detect
    monkeypatch.setattr(language, "detect", lambda text: calls.append(text) or detect(text))
    codes = ["en"] * 50
    codes[20] = "fr"
    found, _main = language.per_page(pages_of(codes))
    assert found == codes
    assert len(calls) == 2  # the first English page, which confirms English, and the French one


def test_a_line_of_english_on_a_page_in_another_language_is_no_hint():
    page = "Trafficking in persons and the rights of victims: the evidence. " + RU * 4
    assert language.hint(page) == ""
    found, _main = language.per_page(pages_of(["en"] * 5) + [page])
    assert found[-1] == "ru"
