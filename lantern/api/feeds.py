"""RSS and Atom feeds: new resources, per topic, collection and country, and for any search.

Every feed is a search (``lantern.search.service.search``) sorted newest first, so a feed lists
exactly what its page lists — only ``published()`` resources.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from lantern.catalog.models import Collection, Country, Topic
from lantern.lib.text import clean_text, normalize_space
from lantern.search import service
from lantern.search.filters import PARAMS

FEED_SIZE = 50
FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


class SearchFeed(Feed):
    """A feed of one search: ``params`` are the site's search parameters (q and filters)."""

    def __init__(self, title: str, link: str, params: dict, fmt: str):
        super().__init__()
        self._title, self._link, self.params = title, link, params
        self.feed_type = FEED_TYPES[fmt]

    def title(self) -> str:
        from django.conf import settings

        return f"{settings.LANTERN_SITE_NAME}: {self._title}"

    def link(self) -> str:
        return self._link

    def get_feed(self, obj, request):
        self._self_path = request.get_full_path()  # rel="self" keeps the search's query
        return super().get_feed(obj, request)

    def feed_url(self) -> str:
        return self._self_path

    def description(self) -> str:
        return f"Newest resources: {self._title}"

    def items(self):
        query = self.params.get("q", "")
        filters = {k: v for k, v in self.params.items() if k != "q"}
        results = service.search(query, filters, "newest", 1, FEED_SIZE, with_facets=False)
        return [hit.resource for hit in results.hits]

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.teaser or item.summary

    def item_link(self, item) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.first_published_at or item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    # A search's hits come with what their cards show (``resource.listed``, read for all of them
    # at once): asking each item's relations would be two queries an item, a hundred a feed.
    def item_author_name(self, item) -> str:
        return ", ".join(p.name for p in item.listed.publishers)  # in the curator's order

    def item_categories(self, item) -> list[str]:
        return [t.name for t in item.listed.topics]


def _serve(request: HttpRequest, fmt: str, title: str, link: str, params: dict) -> HttpResponse:
    return SearchFeed(title, link, params, fmt)(request)


def feed_new(request: HttpRequest, fmt: str) -> HttpResponse:
    return _serve(request, fmt, "new resources", reverse("public:search"), {})


def feed_search(request: HttpRequest, fmt: str) -> HttpResponse:
    """Any search: the site's own parameters (``?q=…&topic=…&country=…``)."""
    # Control characters cannot be written in XML (the feed would fail) and mean nothing in a search.
    params: dict = {"q": normalize_space(clean_text(request.GET.get("q", "")[:500]))}
    for name in PARAMS:
        if values := request.GET.getlist(name)[:20]:
            params[name] = values
    query_string = request.GET.urlencode()
    link = reverse("public:search") + (f"?{query_string}" if query_string else "")
    return _serve(request, fmt, f"search “{params['q']}”" if params["q"] else "search", link, params)


def feed_topic(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    return _serve(request, fmt, topic.name, topic.get_absolute_url(), {"topic": [topic.slug]})


def feed_collection(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    collection = get_object_or_404(Collection.objects.public(), slug=slug)
    return _serve(request, fmt, collection.name, collection.get_absolute_url(), {"collection": [collection.slug]})


def feed_country(request: HttpRequest, code: str, fmt: str) -> HttpResponse:
    country = Country.objects.filter(code=code.upper()).first()
    if country is None:
        raise Http404("No such country")
    link = reverse("public:search") + f"?country={country.code}"
    return _serve(request, fmt, country.name, link, {"country": [country.code]})
