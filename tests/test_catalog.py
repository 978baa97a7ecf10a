"""The catalogue model: vocabularies, validation, slugs, sanitising, and what "published" means."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from factories import make_resource

from lantern.catalog import identifiers
from lantern.catalog.models import Country, Identifier, Language, Resource, Topic

pytestmark = pytest.mark.django_db


def test_vocabularies_ship_with_the_database():
    assert Country.objects.count() == 249
    uk = Country.objects.get(code="GB")
    assert (uk.name, uk.region, uk.subregion) == ("United Kingdom", "Europe", "Northern Europe")
    assert Country.objects.get(code="NG").subregion == "Western Africa"
    assert Language.objects.get(code="fr").name == "French"
    labour = Topic.objects.get(slug="labour-exploitation")
    assert labour.parent.slug == "forms-of-exploitation"
    assert "forced labor" in labour.synonym_list and labour.name_fr and labour.name_es


def test_only_published_resources_are_public():
    make_resource("Visible")
    make_resource("Draft", status=Resource.Status.DRAFT)
    make_resource("In review", status=Resource.Status.REVIEW)
    make_resource("Gone", status=Resource.Status.WITHDRAWN, withdrawn_reason="Replaced by a newer edition")
    assert list(Resource.objects.published().values_list("title", flat=True)) == ["Visible"]


def test_slugs_are_made_unique():
    first, second = make_resource("Annual Report"), make_resource("Annual Report")
    assert (first.slug, second.slug) == ("annual-report", "annual-report-2")


def test_description_is_sanitised_on_save():
    resource = make_resource(
        "Rich",
        description='<p onclick="x()">Hello <a href="javascript:alert(1)">bad</a> <a href="https://ok.org">ok</a><script>1</script><iframe src="//x"></iframe></p>',
    )
    assert "onclick" not in resource.description and "javascript:" not in resource.description
    assert "<script" not in resource.description and "<iframe" not in resource.description
    assert (
        'href="https://ok.org"' in resource.description and 'rel="noopener noreferrer nofollow"' in resource.description
    )


def test_dates_show_only_the_known_precision():
    year = make_resource("Y", date=dt.date(2017, 1, 1), date_precision="year")
    month = make_resource("M", date=dt.date(2017, 10, 1), date_precision="month")
    day = make_resource("D", date=dt.date(2019, 7, 30), date_precision="day")
    assert (year.date_display, month.date_display, day.date_display) == ("2017", "October 2017", "30 July 2019")
    assert (year.date_iso, month.date_iso, day.date_iso) == ("2017", "2017-10", "2019-07-30")


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"status": "withdrawn"}, "withdrawn_reason"),
        ({"published_date": dt.date(2999, 1, 1)}, "published_date"),
        ({"teaser": "x" * 281}, "teaser"),
        ({"title": "t" * 501}, "title"),
        ({"type": "astrology"}, "type"),
        ({"source_url": "not a url"}, "source_url"),
        ({"date_precision": "month", "published_date": None}, "date_precision"),
    ],
)
def test_bad_values_get_clear_field_errors(fields, field):
    resource = Resource(**{"title": "Valid title", **fields})
    with pytest.raises(ValidationError) as error:
        resource.full_clean()
    assert field in error.value.message_dict


def test_a_resource_cannot_be_its_own_translation_or_successor():
    resource = make_resource("Self")
    resource.translation_of = resource
    resource.superseded_by = resource
    with pytest.raises(ValidationError) as error:
        resource.full_clean()
    assert {"translation_of", "superseded_by"} <= set(error.value.message_dict)


def test_topics_cannot_form_a_loop():
    parent = Topic.objects.get(slug="forms-of-exploitation")
    parent.parent = Topic.objects.get(slug="labour-exploitation")
    with pytest.raises(ValidationError):
        parent.full_clean()


@pytest.mark.parametrize(
    "scheme, raw, normal",
    [
        ("doi", "https://doi.org/10.1080/23322705.2017.1280324", "10.1080/23322705.2017.1280324"),
        ("doi", "doi: 10.1234/ABC", "10.1234/abc"),
        ("isbn", "978-0-306-40615-7", "9780306406157"),
        ("isbn", "0-306-40615-2", "0306406152"),
        ("issn", "2332-2705", "2332-2705"),
    ],
)
def test_identifiers_are_normalised(scheme, raw, normal):
    assert identifiers.normalize(scheme, raw) == normal


@pytest.mark.parametrize(
    "scheme, raw", [("doi", "11.1/x"), ("isbn", "978-0-306-40615-8"), ("isbn", "12345"), ("url", "ftp://x")]
)
def test_bad_identifiers_are_rejected_with_a_reason(scheme, raw):
    with pytest.raises(ValueError, match="not"):
        identifiers.normalize(scheme, raw)
    identifier = Identifier(resource=make_resource(), scheme=scheme, value=raw)
    with pytest.raises(ValidationError):
        identifier.full_clean()
