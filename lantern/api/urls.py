"""URLs of the interoperability faces: JSON API, OAI-PMH, feeds, sitemap. Names are stable.

- ``api:…`` — the JSON API under ``/api/v1/`` (``api:search``, ``api:resource`` …,
  ``api:openapi-json``, and ``api:api-root``: an index of the endpoints), every error in one JSON shape;
- ``api:oai`` — ``/oai``;
- ``api:feed-new``, ``api:feed-search``, ``api:feed-topic``, ``api:feed-collection``,
  ``api:feed-country`` — each takes ``fmt`` = ``rss`` | ``atom``;
- ``api:sitemap`` — ``/sitemap.xml`` (an index of ``api:sitemap-section`` pages on a large hub); ``api:robots`` — ``/robots.txt``, which names it.

Every one of them answers HEAD, ETags and 304s, and CORS for anonymous reads (``lantern.api.http``).
"""

from __future__ import annotations

import functools
import re

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import URLPattern, include, path, re_path, reverse
from django.views.decorators.http import require_safe

from lantern.api import feeds, oai, sitemaps
from lantern.api.errors import error_response, json_errors
from lantern.api.http import read_face
from lantern.api.views import api

app_name = "api"

FMT = r"(?P<fmt>rss|atom)"
# The moment of the answer, in every OAI-PMH response: left out of its ETag.
OAI_RESPONSE_DATE = re.compile(rb"<responseDate>[^<]*</responseDate>")


def _wrapped(patterns) -> list[URLPattern]:
    result = []
    for pattern in patterns:
        pattern.callback = read_face(json_errors(pattern.callback))
        result.append(pattern)
    return result


def not_found(request, rest: str = ""):
    return error_response(404, "No such API endpoint; see /api/v1/openapi.json.")


@require_safe
def index(request: HttpRequest) -> JsonResponse:
    """The API's front door: what it is, where its OpenAPI schema is, and each endpoint in one line."""
    return JsonResponse(
        {
            "name": api.title,
            "version": api.version,
            "description": api.description,
            "openapi": reverse("api:openapi-json"),
            "endpoints": _endpoints(request.path),
        }
    )


@functools.cache
def _endpoints(prefix: str) -> list[dict]:
    """Read from the OpenAPI schema, which is fixed once the URLs are loaded (and slow to build)."""
    return [
        {
            "method": method.upper(),
            "path": route,
            "summary": operation.get("summary", ""),
            "token": bool(operation.get("security")),
        }
        for route, methods in api.get_openapi_schema(path_prefix=prefix)["paths"].items()
        for method, operation in methods.items()
    ]


@require_safe
def robots(request: HttpRequest) -> HttpResponse:
    """Crawlers welcome everywhere but the curation admin; the sitemap lists every public page."""
    sitemap = request.build_absolute_uri(reverse("api:sitemap"))
    text = f"User-agent: *\nDisallow: /admin/\n\nSitemap: {sitemap}\n"
    return HttpResponse(text, content_type="text/plain; charset=utf-8")


# Ninja's own root page links to interactive docs, which this API does not serve (they would load
# scripts from another host): the index above takes its place and its name.
ninja_patterns = [p for p in api.urls[0] if getattr(p, "name", None) != "api-root"]

urlpatterns = [
    path("api/v1/", include(_wrapped([*ninja_patterns, path("", index, name="api-root")]))),
    re_path(r"^api/(?P<rest>.*)$", json_errors(not_found)),
    path("oai", read_face(oai.oai, volatile=OAI_RESPONSE_DATE), name="oai"),
    re_path(rf"^feeds/new\.{FMT}$", read_face(feeds.feed_new), name="feed-new"),
    re_path(rf"^feeds/search\.{FMT}$", read_face(feeds.feed_search), name="feed-search"),
    re_path(rf"^feeds/topics/(?P<slug>[-a-zA-Z0-9_]+)\.{FMT}$", read_face(feeds.feed_topic), name="feed-topic"),
    re_path(
        rf"^feeds/collections/(?P<slug>[-a-zA-Z0-9_]+)\.{FMT}$",
        read_face(feeds.feed_collection),
        name="feed-collection",
    ),
    re_path(rf"^feeds/countries/(?P<code>[a-zA-Z]{{2}})\.{FMT}$", read_face(feeds.feed_country), name="feed-country"),
    path("sitemap.xml", read_face(sitemaps.sitemap), name="sitemap"),
    re_path(r"^sitemap-(?P<section>[a-z]+)\.xml$", read_face(sitemaps.section), name="sitemap-section"),
    path("robots.txt", read_face(robots), name="robots"),
]
