"""``/sitemap.xml``: published resources (from the one ``published()``), their publishers and collections
(from ``public()``, built on it), the topics and countries they are about, the directories and the
about page; every page in every interface language (``/``, ``/fr/``, ``/es/``), each URL listing
its other languages as ``xhtml:link`` alternates (with ``x-default`` the default language).

A small hub gets one urlset. When a section needs more than one page (``limit`` entries, each
language an entry), ``/sitemap.xml`` becomes a sitemap index of every section's pages
(``/sitemap-<section>.xml?p=N``): Django's one combined map only ever lists each section's first page."""

from __future__ import annotations

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps.views import index as index_view
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.db.models import Exists, Max, OuterRef
from django.http import Http404
from django.urls import reverse

from lantern.catalog.models import Collection, Country, Organisation, Resource, Topic, published_q

PUBLISHED = published_q("resources__")


class Sitemap(DjangoSitemap):
    """Every page once per interface language, with its translations as alternates."""

    i18n = True
    alternates = True
    x_default = True


class ResourceSitemap(Sitemap):
    limit = 10_000

    def items(self):
        return Resource.objects.published().order_by("id").only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class OrganisationSitemap(Sitemap):
    def items(self):
        return (
            Organisation.objects.public().annotate(last=Max("resources__updated_at", filter=PUBLISHED)).order_by("slug")
        )

    def lastmod(self, item):
        return item.last


class CollectionSitemap(Sitemap):
    def items(self):
        return (
            Collection.objects.public().annotate(last=Max("resources__updated_at", filter=PUBLISHED)).order_by("slug")
        )

    def lastmod(self, item):
        return item.last


class HomeSitemap(Sitemap):
    def items(self):
        return ["public:home"]

    def location(self, item):
        return reverse(item)


class DirectorySitemap(Sitemap):
    """The directories of the public site (organisations, topics, collections, countries) and the about page."""

    def items(self):
        return ["public:organisations", "public:topics", "public:collections", "public:countries", "public:about"]

    def location(self, item):
        return reverse(item)


class TopicSitemap(Sitemap):
    """Topic pages of topics some published resource carries."""

    def items(self):
        published = Resource.objects.published()
        return Topic.objects.filter(Exists(published.filter(topics=OuterRef("pk")))).order_by("slug")

    def location(self, item):
        return reverse("public:topic", args=[item.slug])


class CountrySitemap(Sitemap):
    """Country pages of countries some published resource is about."""

    def items(self):
        published = Resource.objects.published()
        return Country.objects.filter(Exists(published.filter(countries=OuterRef("pk")))).order_by("code")

    def location(self, item):
        return reverse("public:country", args=[item.code])


SITEMAPS = {
    "home": HomeSitemap,
    "directories": DirectorySitemap,
    "resources": ResourceSitemap,
    "organisations": OrganisationSitemap,
    "collections": CollectionSitemap,
    "topics": TopicSitemap,
    "countries": CountrySitemap,
}


def _entries(site: Sitemap) -> int:
    """How many ``<url>`` entries a section writes (each item once per language), counted in SQL."""
    items = site.items()
    count = len(items) if isinstance(items, list) else items.count()
    return count * len(site.languages or settings.LANGUAGES)


def sitemap(request):
    """All sections in one urlset while each fits on one page; an index of their pages beyond that."""
    if all(_entries(site()) <= site.limit for site in SITEMAPS.values()):
        return sitemap_view(request, SITEMAPS, template_name="api/sitemap.xml", content_type="application/xml")
    return index_view(
        request,
        SITEMAPS,
        template_name="api/sitemap_index.xml",
        content_type="application/xml",
        sitemap_url_name="api:sitemap-section",
    )


def section(request, section: str):
    """One section's page ``?p=N`` of the sitemap index (an unknown section or page is a 404)."""
    if section not in SITEMAPS:
        raise Http404("No such sitemap section.")
    return sitemap_view(
        request, {section: SITEMAPS[section]}, template_name="api/sitemap.xml", content_type="application/xml"
    )
