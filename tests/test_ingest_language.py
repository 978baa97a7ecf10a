"""Language of each page: py3langid is skipped only where a page's common words strongly say a
language, or more weakly say one the document already has, so pages in other languages are still
noted."""

from __future__ import annotations

import ingest_support as support

from lantern.ingest.extract import language

RU = (
    "Торговля людьми остаётся тяжким преступлением, которое нарушает права жертв во всём регионе. "
    "Сотрудникам служб нужны ясные указания, чтобы выявлять возможных жертв и направлять их за помощью. "
)
RO = (  # "are" (has) five times: a word English has too
    "Fiecare victimă a traficului de persoane are dreptul la asistență și protecție din partea statului. "
    "Orice persoană care are nevoie de ajutor are acces gratuit la servicii de consiliere juridică. "
    "Personalul din prima linie are nevoie de îndrumări clare pentru a identifica victimele posibile. "
    "Raportul arată că recrutarea are loc mai ales prin rețele informale și oferte de muncă înșelătoare. "
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


def counting_py3langid(monkeypatch) -> list[str]:
    calls: list[str] = []
    detect = language.detect
    monkeypatch.setattr(language, "detect", lambda text: calls.append(text) or detect(text))
    return calls


def test_py3langid_reads_only_the_pages_it_must(monkeypatch):
    calls = counting_py3langid(monkeypatch)
    codes = ["en"] * 50
    codes[20], codes[30] = "fr", "ru"
    found, _main = language.per_page(pages_of(codes))
    assert found == codes
    assert calls == [pages_of(codes)[30]]  # English and French pages say so strongly; Russian has no list


def test_a_short_page_is_taken_for_a_language_the_document_says_strongly(monkeypatch):
    calls = counting_py3langid(monkeypatch)
    title_page = "Hidden in Plain Sight: the Labour Exploitation of Workers\nA report for those who work with victims."
    hint = language.read_hint(title_page)
    assert (hint.code, hint.strong) == ("en", False)
    found, main = language.per_page([title_page, *pages_of(["en"] * 4)])
    assert (found, main, calls) == (["en"] * 5, ["en"], [])
    found, _main = language.per_page([title_page, *pages_of(["fr"] * 4)])
    assert calls == [title_page]  # English is not confirmed in a French document: py3langid reads it
    assert found[0] == "en"


def test_a_strong_hint_is_many_common_words_of_one_language_written_in_latin_letters():
    assert language.read_hint(support.body("en", 10)).strong
    assert language.read_hint(support.body("es", 10)).strong
    half = support.body("en", 5) + " " + support.body("fr", 5)
    assert not language.read_hint(half).strong
    assert language.read_hint(RU * 2 + support.body("en", 8) + " " + RU * 2).code == ""


def test_a_line_of_english_on_a_page_in_another_language_is_no_hint():
    page = "Trafficking in persons and the rights of victims: the evidence. " + RU * 4
    assert language.hint(page) == ""
    found, _main = language.per_page(pages_of(["en"] * 5) + [page])
    assert found[-1] == "ru"


def test_a_page_half_in_russian_among_english_pages_is_russian():
    page = RU * 2 + support.body("en", 8) + " " + RU * 2
    found, _main = language.per_page(pages_of(["en"] * 5) + [page])
    assert found[-1] == language.detect(page)[0] == "ru"


def test_a_romanian_page_among_english_pages_is_romanian():
    page = "Pagina 6. " + RO * 3
    assert language.hint(page) == ""  # Romanian "are" is not English
    found, _main = language.per_page(pages_of(["en"] * 5) + [page])
    assert found[-1] == "ro"


def test_letters_and_words_are_counted_alike_however_a_page_is_written():
    import re

    from lantern.lib.text import NOT_WORD_CHARS, count_letters

    assert not any(re.match(r"\w", char) or char.isalpha() for char in NOT_WORD_CHARS)
    pages = [
        "“Victims’ rights” – a guide • 2019 … €5,000 per case\u202fonly",
        support.body("fr", 4) + " « travail forcé » ², ª, ×, ÷",
        support.body("es", 4) + " ¿Dónde? ¡Aquí!",
        RU + "Trafficking – “the evidence”",
        "Straße İstanbul ſ 中文 😀 e\u0301té",
    ]
    for page in pages:
        assert count_letters(page) == sum(map(str.isalpha, page))
        found, _languages = language._words(page.lower())
        as_text = [w.decode("latin-1") if isinstance(w, bytes) else w for w in found]
        assert as_text == re.findall(r"\w+", page.lower())
