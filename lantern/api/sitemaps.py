"""``/sitemap.xml``: published resources (from the one ``published()``), their publishers and collections."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.db.models import Max, Q
from django.urls import reverse

from lantern.catalog.models import Collection, Organisation, Resource

PUBLISHED = Q(resources__status=Resource.Status.PUBLISHED)


class ResourceSitemap(Sitemap):
    limit = 10_000

    def items(self):
        return Resource.objects.published().order_by("id").only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class OrganisationSitemap(Sitemap):
    def items(self):
        return (
            Organisation.objects.filter(PUBLISHED)
            .annotate(last=Max("resources__updated_at", filter=PUBLISHED))
            .order_by("slug")
        )

    def lastmod(self, item):
        return item.last


class CollectionSitemap(Sitemap):
    def items(self):
        return (
            Collection.objects.filter(PUBLISHED)
            .annotate(last=Max("resources__updated_at", filter=PUBLISHED))
            .order_by("slug")
        )

    def lastmod(self, item):
        return item.last


class HomeSitemap(Sitemap):
    def items(self):
        return ["public:home"]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "home": HomeSitemap,
    "resources": ResourceSitemap,
    "organisations": OrganisationSitemap,
    "collections": CollectionSitemap,
}


def sitemap(request):
    return sitemap_view(request, SITEMAPS, template_name="api/sitemap.xml", content_type="application/xml")
