"""What a document states in its own words — publisher, date, DOI, ISBN — is found however the
line is written (capitals, accents, other languages), and nothing is found where nothing is said."""

from __future__ import annotations

import pytest

from lantern.ingest.extract import dates, identifiers, publisher


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Contents\nPUBLISHED BY Anti-Slavery International\n2019", "Anti-Slavery International"),
        ("Rapport\nPUBLIÉ PAR la Commission Nationale Consultative, 2017", "Commission Nationale Consultative"),
        ("Informe\nPublicado por Organización Internacional del Trabajo", "Organización Internacional del Trabajo"),
        ("Rapport annuel\nPublié par La Strada International", "La Strada International"),
        ("Informe\nPublicado por la Fundación Cepaim", "Fundación Cepaim"),
        ("Guía\nPublicado por El Pozo", "El Pozo"),
        ("The end.\n© 2021 Focus on Labour Exploitation. All rights reserved.", "Focus on Labour Exploitation"),
        ("The end.\nCopyright Unseen UK 2020", "Unseen UK"),
    ],
)
def test_a_publisher_stated_on_a_line_of_its_own(text, name):
    assert publisher.stated(text) == [name]


def test_no_statement_no_publisher():
    assert publisher.stated("Workers were published in a list by the council.\nPage 3") == []


def test_a_doi_and_an_isbn_anywhere_in_the_text():
    text = "Cite as: Smith (2020), https://doi.org/10.5555/Lantern.7.\nISBN: 978-0-306-40615-7\n" * 3
    assert identifiers.doi(text) == "10.5555/lantern.7"
    assert identifiers.isbn(text) == "9780306406157"
    assert identifiers.doi("10.5 per cent of 2,000 cases; section 10.2/3") == ""
    assert identifiers.isbn("isbn pending; an ISBN will follow") == ""


@pytest.mark.parametrize(
    ("page", "iso"),
    [
        ("Hidden in Plain Sight\nMarch 2018\nHome Office", "2018-03"),
        ("Invisibles : le travail forcé\nOctobre 2017\nLa Strada", "2017-10"),
        ("Invisibles: el trabajo forzoso\nPublicado: 12 de junio de 2020", "2020-06-12"),
        ("Trafficking — the evidence\n© Crown copyright 2016", "2016"),
    ],
)
def test_a_date_on_the_front_page(page, iso):
    assert dates.find([page, "No year on this page at all."]).iso == iso


def test_no_year_no_date():
    assert dates.find(["A report on exploitation", "Published by the council", "In May the team met."]) is None
