"""The finished public site through the test client: new page types, safety, languages, citations."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation
from factories import make_organisation, make_resource

from lantern.public import helplines, pictures

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    org = make_organisation("Home Office", country_id="GB")
    old = make_resource("Annual report 2017", publishers=[org], topics=["labour-exploitation"], countries=["GB"])
    new = make_resource("Annual report 2018", publishers=[org], topics=["labour-exploitation"], countries=["GB", "FR"])
    old.superseded_by = new
    old.save()
    return {"org": org, "old": old, "new": new}


def html_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    assert not response.cookies, "no cookie for anonymous visitors"
    assert response["Cache-Control"] == "no-store"
    return response.content.decode()


def test_every_page_has_quick_exit_safety_link_and_helplines(client, site):
    for url in ["/", "/search/", "/about/", reverse("public:resource", args=[site["old"].slug]), "/nothing-here/"]:
        html = html_of(client, url, 404 if "nothing" in url else 200)
        assert 'id="quick-exit" href="https://www.bbc.co.uk/weather"' in html
        assert "/about/#safety" in html
        assert "08000 121 700" in html and "1-888-373-7888" in html and 'href="tel:08000121700"' in html


def test_topic_and_country_pages(client, site):
    html = html_of(client, reverse("public:topic", args=["labour-exploitation"]))
    assert "Annual report 2018" in html and "<h1>Labour exploitation</h1>" in html
    html = html_of(client, reverse("public:country", args=["GB"]))
    assert "Annual report 2017" in html and "Modern Slavery &amp; Exploitation Helpline" in html
    assert client.get("/countries/gb/").status_code == 301
    assert client.get("/countries/ZZ/").status_code == 404
    assert client.get("/topics/no-such-topic/").status_code == 404


def test_results_have_histogram_map_and_view_switch(client, site):
    html = html_of(client, "/search/?view=grid")
    assert 'class="card-grid"' in html and "view=grid" in html
    assert '<path class="level-' in html and "France (1)" in html
    assert client.get("/search/?view=<script>").status_code == 200


def test_resource_shows_superseded_and_cite_and_report(client, site):
    html = html_of(client, reverse("public:resource", args=[site["old"].slug]))
    assert "There is a newer edition" in html and "Superseded by" in html
    assert "Cite this" in html and "Report a problem" in html
    for fmt, start in (("bibtex", "@"), ("ris", "TY  - ")):
        response = client.get(reverse("public:citation", args=[site["old"].slug, fmt]))
        assert response.status_code == 200 and start in response.content.decode()
        assert "attachment" in response["Content-Disposition"]
    assert client.get(reverse("public:citation", args=[site["old"].slug, "exe"])).status_code == 404


def test_report_a_problem_writes_to_the_contact_address(client, site, settings):
    settings.LANTERN_CONTACT_EMAIL = "curators@example.org"
    html = html_of(client, reverse("public:resource", args=[site["old"].slug]))
    assert 'href="mailto:curators@example.org?subject=' in html


def test_french_and_spanish_interfaces_by_url_without_cookie(client, site):
    html = html_of(client, "/fr/search/?topic=labour-exploitation")
    assert '<html lang="fr"' in html and "Sortie rapide" in html and "Exploitation par le travail" in html
    assert 'hreflang="es" href' not in html and 'href="/es/search/?topic=labour-exploitation"' in html
    html = html_of(client, "/es/countries/FR/")
    assert "Francia" in html and "Salida rápida" in html
    html = html_of(client, "/search/")
    assert '<html lang="en"' in html, "no prefix means English, whatever the browser asks for"


def test_helplines_setting_is_validated():
    lines = helplines.parse('[{"country": "ie", "name": "Line", "phone": "+353 1 234", "url": "https://x.ie/"}]')
    assert lines[0].country == "IE" and lines[0].tel == "+3531234"
    assert helplines.parse("") == helplines.DEFAULTS and helplines.parse("[]") == ()
    for bad in ("{", "{}", '[{"name": "x"}]', '[{"name": "x", "phone": "1", "url": "javascript:x"}]'):
        with pytest.raises(ImproperlyConfigured):
            helplines.parse(bad)


def test_histogram_fills_gaps_and_marks_selection():
    class V:
        def __init__(self, value, count, selected=False):
            self.value, self.count, self.selected = value, count, selected

    drawn = pictures.histogram([V("2019", 4, True), V("2016", 2)])
    assert [bar["year"] for bar in drawn["bars"]] == [2016, 2017, 2018, 2019]
    assert drawn["bars"][1]["count"] == 0 and drawn["bars"][3]["selected"]
    assert pictures.histogram([V("2019", 4)]) is None


def test_country_labels_follow_the_language():
    from lantern.public import labels

    with translation.override("es"):
        assert labels.country_name("United Kingdom") == "Reino Unido" and labels.region_name("Europe") == "Europa"
    assert labels.country_name("United Kingdom") == "United Kingdom"


def test_resource_opened_from_a_search_lists_the_matches_inside_its_files(client, site, monkeypatch):
    from django.utils.safestring import mark_safe

    from lantern.search import service

    found = [service.DocumentMatch(page=14, attachment_id=None, snippet_html=mark_safe("<mark>labour</mark> here"))]
    monkeypatch.setattr(service, "matches_in", lambda resource, query, limit=20: found)
    html = html_of(client, reverse("public:resource", args=[site["old"].slug]) + "?q=labour")
    assert "Where your search words appear" in html and "p. 14" in html and "<mark>labour</mark> here" in html
    assert "Where your search words appear" not in html_of(client, reverse("public:resource", args=[site["old"].slug]))


def test_every_sentence_of_the_public_pages_is_translated(client, site):
    for prefix, words in (("/fr", ("Proposer une ressource", "Rechercher")), ("/es", ("Sugerir un recurso", "Buscar"))):
        for path in ("/", "/search/?q=hotel", "/suggest/", "/about/"):
            html = client.get(prefix + path).content.decode()
            assert all(word in html for word in words), (prefix, path)
            for english in ("Suggest a resource", "Why it is useful", "Send suggestion", "Search resources"):
                assert english not in html, (prefix, path, english)


def test_histogram_numbers_stay_svg_numbers_in_every_language():
    class V:
        def __init__(self, value, count, selected=False):
            self.value, self.count, self.selected = value, count, selected

    with translation.override("fr"):
        drawn = pictures.histogram([V("2019", 4, True), V("2016", 3), V("2011", 1)])
    bars = str(drawn["bars_html"])
    assert bars.count("<rect ") == 3 and 'class="is-selected"' in bars
    assert "," not in bars.replace("</title>", "")  # "12,5" would not be an SVG number
