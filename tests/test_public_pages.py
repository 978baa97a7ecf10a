"""The public pages through the test client: what a visitor sees, and what they never get."""

from __future__ import annotations

import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from factories import make_collection, make_organisation, make_resource

from lantern.catalog.models import Attachment, Resource

pytestmark = pytest.mark.django_db

# Absolute links to this host itself (the canonical and hreflang links) load nothing from elsewhere.
EXTERNAL_SUBRESOURCE = re.compile(
    r'<(?:script|img|link|iframe|source|video|audio)\b[^>]*(?:src|href)="(?:https?:)?//(?!testserver/)', re.I
)


@pytest.fixture
def site(db):
    home_office = make_organisation(
        "Home Office", acronym="HO", kind="government", country_id="GB", website="https://www.gov.uk/"
    )
    covid = make_collection()
    annual = make_resource(
        "2017 UK Annual Report on Modern Slavery",
        publishers=[home_office],
        type="report",
        featured=True,
        teaser="How the UK governments responded to modern slavery in 2017, in one place for policy makers.",
        summary="Covers referrals, prosecutions and victim support.",
        topics=["legislation-policy"],
        countries=["GB"],
        languages=["en"],
        source_url="https://www.gov.uk/government/publications/2017-uk-annual-report-on-modern-slavery",
    )
    guide = make_resource(
        "COVID-19 guide for survivors",
        publishers=[home_office],
        type="guidance",
        topics=["covid-19", "legislation-policy"],
        teaser=("Coping with pandemic triggers. " * 9).strip(),
        collections=[covid],
        languages=["en"],
    )
    draft = make_resource("Unreviewed draft", status=Resource.Status.DRAFT, topics=["legislation-policy"])
    attachment = Attachment(
        resource=annual, filename="annual-report.pdf", media_type="application/pdf", size=2048, page_count=12
    )
    attachment.file.save("annual-report.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    return {
        "annual": annual,
        "guide": guide,
        "draft": draft,
        "org": home_office,
        "covid": covid,
        "attachment": attachment,
    }


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_home_shows_search_featured_newest_and_browse(client, site):
    html = get_ok(client, reverse("public:home"))
    assert 'name="q"' in html
    assert "2017 UK Annual Report on Modern Slavery" in html and "COVID-19 guide for survivors" in html
    assert "Unreviewed draft" not in html
    assert "/topics/legislation-policy/" in html and "?type=report" in html and "/countries/GB/" in html


def test_search_page_lists_cards_with_facets_and_read_more(client, site):
    html = get_ok(client, reverse("public:search") + "?q=survivors")
    assert "COVID-19 guide for <mark>survivors</mark>" in html
    html = get_ok(client, reverse("public:search"))
    assert "Read more" in html and "Home Office" in html and "2017" in html
    # Facet toggles live in the URL.
    assert "type=guidance" in html and "topic=covid-19" in html
    filtered = get_ok(client, reverse("public:search") + "?type=guidance")
    assert "COVID-19 guide for survivors" in filtered and "2017 UK Annual Report on Modern Slavery" not in filtered


def test_teasers_are_cut_at_a_word_boundary(client, site):
    html = get_ok(client, reverse("public:search") + "?sort=title")
    assert ("Coping with pandemic triggers. " * 9).strip() not in html
    assert "Coping with pandemic triggers. Coping with pandemic triggers…" in html  # whole words, then …


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=99999",
        "?sort=evil",
        "?year=abc",
        "?type=nonsense",
        "?q=" + "x" * 3000,
        "?q=%22%22%22",
        "?q=%00",
        "?q=NEAR(",
        "?country=ZZ&language=zz",
        "?topic=../../etc",
    ],
)
def test_bad_query_strings_never_fail(client, site, query):
    response = client.get(reverse("public:search") + query)
    assert response.status_code == 200


def test_search_input_is_escaped(client, site):
    html = get_ok(client, reverse("public:search") + "?q=%3Cscript%3Ealert(1)%3C/script%3E")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_resource_page(client, site):
    html = get_ok(client, reverse("public:resource", args=[site["annual"].slug]))
    assert "<h1" in html and "2017 UK Annual Report on Modern Slavery" in html
    assert "2017 UK Annual Report on Modern Slavery – Home Office, 2018" in html or "Home Office" in html
    assert site["attachment"].download_url in html and "PDF" in html and "2.0 KB" in html and "12" in html
    assert 'href="https://www.gov.uk/government/publications/2017-uk-annual-report-on-modern-slavery"' in html
    assert "COVID-19 guide for survivors" in html  # related by shared topic
    assert "Unreviewed draft" not in html


def test_unpublished_and_unknown_pages_are_404(client, site):
    assert client.get(reverse("public:resource", args=[site["draft"].slug])).status_code == 404
    assert client.get(reverse("public:resource", args=["no-such-thing"])).status_code == 404
    assert client.get(reverse("public:organisation", args=["nobody"])).status_code == 404
    assert client.get(reverse("public:collection", args=["nothing"])).status_code == 404
    response = client.get("/no/such/page/")
    assert response.status_code == 404 and 'name="q"' in response.content.decode()


def test_download_serves_the_file_only_while_published(client, site):
    url = site["attachment"].download_url
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"
    annual = site["annual"]
    annual.status = Resource.Status.DRAFT
    annual.save()
    assert client.get(url).status_code == 404


def test_organisation_and_collection_pages(client, site):
    html = get_ok(client, reverse("public:organisation", args=[site["org"].slug]))
    assert (
        "Home Office" in html and "2017 UK Annual Report on Modern Slavery" in html and "Unreviewed draft" not in html
    )
    html = get_ok(client, reverse("public:collection", args=["covid-19"]))
    assert "COVID-19 guide for survivors" in html and "2017 UK Annual Report" not in html


def test_pages_load_nothing_from_other_hosts_and_set_no_cookie(client, site):
    pages = [
        reverse("public:home"),
        reverse("public:search") + "?q=slavery",
        reverse("public:resource", args=[site["annual"].slug]),
        reverse("public:organisation", args=[site["org"].slug]),
        reverse("public:collection", args=["covid-19"]),
        "/missing/",
    ]
    for url in pages:
        response = client.get(url)
        html = response.content.decode()
        assert not EXTERNAL_SUBRESOURCE.search(html), url
        assert "<script>" not in html and " style=" not in html, url  # the CSP allows neither
        assert not response.cookies, url
        assert response["Cache-Control"] == "no-store"
        assert "default-src 'self'" in response["Content-Security-Policy"]
        assert response["Referrer-Policy"] == "same-origin"  # other sites get no Referer


def test_every_page_has_a_skip_link_quick_exit_and_one_h1(client, site):
    html = get_ok(client, reverse("public:search"))
    assert html.index('href="#content"') < html.index("quick-exit") < html.index('name="q"')
    assert html.count("<h1") == 1 and 'id="content"' in html
