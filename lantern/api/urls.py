"""URLs of the interoperability faces: JSON API, OAI-PMH, feeds, sitemap. Names are stable.

- ``api:…`` — the JSON API under ``/api/v1/`` (``api:search``, ``api:resource`` …,
  ``api:openapi-json``), every error in one JSON shape;
- ``api:oai`` — ``/oai``;
- ``api:feed-new``, ``api:feed-search``, ``api:feed-topic``, ``api:feed-collection``,
  ``api:feed-country`` — each takes ``fmt`` = ``rss`` | ``atom``;
- ``api:sitemap`` — ``/sitemap.xml``.
"""

from __future__ import annotations

from django.urls import URLPattern, include, path, re_path

from lantern.api import feeds, oai, sitemaps
from lantern.api.errors import error_response, json_errors
from lantern.api.views import api

app_name = "api"

FMT = r"(?P<fmt>rss|atom)"


def _wrapped(patterns) -> list[URLPattern]:
    result = []
    for pattern in patterns:
        pattern.callback = json_errors(pattern.callback)
        result.append(pattern)
    return result


def not_found(request, rest: str = ""):
    return error_response(404, "No such API endpoint; see /api/v1/openapi.json.")


ninja_patterns, _, _ = api.urls

urlpatterns = [
    path("api/v1/", include(_wrapped(ninja_patterns))),
    re_path(r"^api/(?P<rest>.*)$", json_errors(not_found)),
    path("oai", oai.oai, name="oai"),
    re_path(rf"^feeds/new\.{FMT}$", feeds.feed_new, name="feed-new"),
    re_path(rf"^feeds/search\.{FMT}$", feeds.feed_search, name="feed-search"),
    re_path(rf"^feeds/topics/(?P<slug>[-a-zA-Z0-9_]+)\.{FMT}$", feeds.feed_topic, name="feed-topic"),
    re_path(rf"^feeds/collections/(?P<slug>[-a-zA-Z0-9_]+)\.{FMT}$", feeds.feed_collection, name="feed-collection"),
    re_path(rf"^feeds/countries/(?P<code>[a-zA-Z]{{2}})\.{FMT}$", feeds.feed_country, name="feed-country"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
]
