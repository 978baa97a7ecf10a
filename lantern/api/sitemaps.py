"""``/sitemap.xml``: published resources (from the one ``published()``), their publishers and collections
(from ``public()``, built on it), the topics and countries they are about, the directories and the
about page; every page in every interface language (``/``, ``/fr/``, ``/es/``), each URL listing
its other languages as ``xhtml:link`` alternates (with ``x-default`` the default language)."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.db.models import Exists, Max, OuterRef
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


def sitemap(request):
    return sitemap_view(request, SITEMAPS, template_name="api/sitemap.xml", content_type="application/xml")
