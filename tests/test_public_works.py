"""One work, one card: a work's translations and editions are one result on a result page, with
links to the others, unless the visitor asks for a language or a year."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse
from factories import make_resource

from lantern.catalog.models import Series

pytestmark = pytest.mark.django_db


@pytest.fixture
def works(db):
    original = make_resource(
        "Forced labour in seafood processing",
        teaser="How recruitment debt keeps seafood workers in forced labour.",
        languages=["en"],
    )
    french = make_resource(
        "Le travail forcé dans la transformation des produits de la mer (forced labour seafood)",
        teaser="Forced labour seafood: comment la dette de recrutement retient les travailleurs.",
        languages=["fr"],
        translation_of=original,
    )
    spanish = make_resource(
        "Trabajo forzoso en el procesamiento de mariscos (forced labour seafood)",
        teaser="Forced labour seafood: cómo la deuda de contratación retiene a los trabajadores.",
        languages=["es"],
        translation_of=original,
    )
    series = Series.objects.create(name="Lantern observatory annual report", slug="observatory-annual")
    editions = [
        make_resource(
            f"Observatory annual report {year}",
            teaser=f"Trafficking cases the observatory counted in {year}.",
            series=series,
            edition=f"{year} edition",
            date=dt.date(year, 6, 1),
            languages=["en"],
        )
        for year in (2021, 2022, 2023)
    ]
    for older, newer in zip(editions, editions[1:], strict=False):
        older.superseded_by = newer
        older.save()
    return {"original": original, "french": french, "spanish": spanish, "editions": editions}


def cards(client, **params) -> list[str]:
    page = client.get(reverse("public:search"), params).content.decode()
    return re.findall(r'<article class="card">.*?</article>', page, re.S)


def test_a_work_and_its_translations_are_one_card_that_links_the_other_languages(client, works):
    found = cards(client, q="forced labour seafood")
    assert len(found) == 1, found
    card = found[0]
    shown = re.search(r'<h3 class="card-title"><a href="([^"?]+)', card).group(1)
    versions = {"en": ("original", "English"), "fr": ("french", "French"), "es": ("spanish", "Spanish")}
    assert "Also in" in card
    for code, (key, name) in versions.items():
        url = works[key].get_absolute_url()
        if url != shown:  # the best ranked version stands for the work; the card links the others
            assert f'href="{url}" hreflang="{code}">{name}</a>' in card


def test_a_language_filter_shows_that_language_s_version(client, works):
    found = cards(client, q="forced labour seafood", language="fr")
    assert len(found) == 1
    assert works["french"].get_absolute_url() in found[0]
    assert 'hreflang="en">English</a>' in found[0] and 'hreflang="es">Spanish</a>' in found[0]


def test_editions_of_a_series_are_one_card_with_a_link_to_the_others(client, works):
    found = cards(client, q="observatory annual report")
    assert len(found) == 1, found
    assert "3 editions</a>" in found[0]
    assert "#editions-heading" in found[0]
    newest = works["editions"][-1]
    assert newest.get_absolute_url() in found[0]  # older editions sink below the newest


def test_a_year_asked_for_keeps_editions_apart(client, works):
    assert len(cards(client, q="observatory annual report 2022")) == 3
    found = cards(client, q="observatory annual report", year="2021")
    assert len(found) == 1
    assert works["editions"][0].get_absolute_url() in found[0]
    assert "2021 edition" in found[0] and "earlier edition" in found[0]
