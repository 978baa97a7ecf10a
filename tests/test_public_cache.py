"""The page cache and compression, as visitors and curators notice them.

These tests commit for real (``transaction=True``): the cache is retired when a change commits,
which never happens inside the usual test transaction.
"""

from __future__ import annotations

import gzip

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from factories import admin_resource_form, make_resource

from lantern.catalog.models import Attachment, Resource, Topic

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.LANTERN_PAGE_CACHE_SECONDS = 300


@pytest.fixture
def resource():
    # The vocabulary comes from the migrations, unless an earlier transactional test emptied it.
    Topic.objects.get_or_create(slug="hospitality", defaults={"name": "Hospitality"})
    Topic.objects.get_or_create(slug="debt-bondage", defaults={"name": "Debt bondage"})
    return make_resource("Guidance for hotel staff", topics=["hospitality"])


def pages(resource) -> list[str]:
    return ["/", resource.get_absolute_url(), "/search/?q=hotel", "/search/", "/about/"]


def test_a_second_visit_is_served_from_the_cache(client, resource, django_assert_max_num_queries):
    for url in pages(resource):
        first = client.get(url)
        with django_assert_max_num_queries(1):  # the catalogue version only
            again = client.get(url)
        assert again.status_code == 200
        assert again.content == first.content


def test_a_change_through_the_orm_shows_on_the_next_view(client, resource):
    for url in pages(resource)[:4]:
        assert "Guidance for hotel staff" in client.get(url).text
    resource.title = "Guidance for hotel and restaurant staff"
    resource.save()
    for url in pages(resource)[:4]:
        assert "Guidance for hotel and restaurant staff" in client.get(url).text, url


def test_topics_and_withdrawal_show_on_the_next_view(client, resource):
    other = Topic.objects.get(slug="debt-bondage")
    assert other.name not in client.get(resource.get_absolute_url()).text
    resource.topics.add(other)
    assert other.name in client.get(resource.get_absolute_url()).text
    resource.status = Resource.Status.WITHDRAWN
    resource.withdrawn_reason = "Out of date"
    resource.save()
    assert client.get(resource.get_absolute_url()).status_code == 404
    assert "Guidance for hotel staff" not in client.get("/search/").text


def test_a_change_in_the_admin_shows_on_the_next_view(client, admin_user):
    visitor = client
    assert "Guidance for hotel staff" not in visitor.get("/").text
    curator = Client()
    curator.force_login(admin_user)
    response = curator.post(reverse("admin:catalog_resource_add"), admin_resource_form())
    assert response.status_code == 302
    assert "Guidance for hotel staff" in visitor.get("/").text
    assert "Guidance for hotel staff" in visitor.get("/search/").text


def test_a_curator_never_gets_a_cached_page_nor_leaves_one(client, admin_user, resource):
    # A write that sends no signal (bulk SQL) leaves the anonymous page as it was until it expires...
    client.get(resource.get_absolute_url())
    Resource.objects.filter(pk=resource.pk).update(title="Renamed without a signal")
    assert "Guidance for hotel staff" in client.get(resource.get_absolute_url()).text
    # ...but a curator always gets a fresh page,
    curator = Client()
    curator.force_login(admin_user)
    assert "Renamed without a signal" in curator.get(resource.get_absolute_url()).text
    # and what a curator sees is never kept for visitors.
    url = "/"
    assert "Renamed without a signal" in curator.get(url).text
    Resource.objects.filter(pk=resource.pk).update(title="Renamed again")
    assert "Renamed again" in client.get(url).text


def test_the_setting_turns_the_cache_off(client, settings, resource):
    settings.LANTERN_PAGE_CACHE_SECONDS = 0
    client.get(resource.get_absolute_url())
    Resource.objects.filter(pk=resource.pk).update(title="Renamed without a signal")
    assert "Renamed without a signal" in client.get(resource.get_absolute_url()).text


def test_no_cookie_and_no_browser_storage_for_visitors(client, resource):
    for url in pages(resource) * 2:  # stored, then served from the cache
        response = client.get(url)
        assert not response.cookies, url
        assert response["Cache-Control"] == "no-store"
        assert "Content-Security-Policy" in response


def test_each_language_has_its_own_page(client):
    french = client.get("/fr/").text
    english = client.get("/").text
    assert 'lang="fr"' in french
    assert 'lang="en"' in english
    assert 'lang="fr"' in client.get("/fr/").text


def test_the_suggest_form_and_posts_are_never_cached(client, settings):
    client.get("/suggest/")
    client.post("/suggest/", {"note": ""})
    from django.core.cache import caches

    cache_dir = settings.CACHES["pages"]["LOCATION"]
    assert caches["pages"]._list_cache_files() == [], cache_dir


def test_pages_and_static_files_are_compressed_for_browsers_that_accept_gzip(client, resource):
    for url in pages(resource):
        for _ in range(2):
            response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
            assert response["Content-Encoding"] == "gzip"
            assert "Accept-Encoding" in response["Vary"]
            assert b"</html>" in gzip.decompress(response.content)
    css = client.get("/static/public/lantern.css", HTTP_ACCEPT_ENCODING="gzip")
    assert css["Content-Encoding"] == "gzip"
    assert b"{" in gzip.decompress(b"".join(css.streaming_content))
    plain = client.get(resource.get_absolute_url())
    assert not plain.has_header("Content-Encoding")


def test_downloads_are_sent_as_they_are(client, resource):
    attachment = Attachment(resource=resource, filename="guide.pdf", media_type="application/pdf")
    attachment.file.save("guide.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 5000))
    response = client.get(attachment.download_url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_the_cache_directory_stays_bounded_however_many_pages_are_stored(tmp_path):
    from lantern.lib.cache import FileCache

    cache = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 40, "CULL_FREQUENCY": 2}})
    for number in range(400):
        cache.set(f"/search/?q=word{number}", "<html>…</html>", 300)
        assert len(list(tmp_path.rglob("*.djcache"))) <= 40 + 2  # culled every 40 / 20 writes
    assert cache.get("/search/?q=word399") == "<html>…</html>"


def test_older_versions_never_read_these_pages_and_their_files_are_misses(tmp_path):
    from django.core.cache.backends.filebased import FileBasedCache

    from lantern.lib.cache import FileCache

    cache = FileCache(str(tmp_path), {})
    FileBasedCache(str(tmp_path), {}).set("/about/", (200, {}, b"old"), 300)  # an older Lantern
    FileBasedCache(cache._dir, {}).set("/about/", (200, {}, b"old"), 300)  # a stray file in the folder
    assert cache.get("/about/") is None
    cache.set("/about/", (200, {}, b"new"), 300)
    assert cache.get("/about/") == (200, {}, b"new")
    assert FileBasedCache(str(tmp_path), {}).get("/about/") == (200, {}, b"old")  # never ours
