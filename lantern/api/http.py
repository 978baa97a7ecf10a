"""HTTP for the read faces (JSON API, OAI-PMH, feeds, sitemap, robots.txt): HEAD, validators, CORS.

``read_face(view)`` wraps a view so that:

- ``HEAD`` is answered wherever ``GET`` is: the view runs as ``GET`` and the body is dropped,
  the headers (length, type, validators) kept;
- every ``200`` to a ``GET`` carries an ``ETag`` (a hash of the body, unless the view set one),
  and ``If-None-Match`` / ``If-Modified-Since`` (against the view's own ``Last-Modified``) get a
  ``304`` with no body, so feed readers and harvesters that poll download nothing new;
- an anonymous ``GET`` or ``HEAD`` of the read API gets ``Access-Control-Allow-Origin: *`` when
  ``LANTERN_CORS_READ_API`` is on (the default), so a page on another site can read the
  catalogue with ``fetch()``. Writes, requests carrying credentials (``Authorization`` or a
  cookie-bearing preflight) and the public site never get CORS headers: a browser then refuses
  another origin's script the answer, which is what protects an editor's session.
"""

from __future__ import annotations

import functools
import hashlib
import re

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import parse_http_date_safe, quote_etag

READS = ("GET", "HEAD")
CORS_MAX_AGE = "86400"


def read_face(view, volatile: re.Pattern[bytes] | None = None):
    """Wrap a read-face view with HEAD, ETag / Last-Modified 304s, and CORS for anonymous reads.

    ``volatile`` matches the parts of a body that change on every request without the content
    changing (OAI-PMH's ``<responseDate>``): the ETag is the hash of the body without them.
    """

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS" and _is_cors_preflight(request):
            return _preflight()
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
        try:
            response = view(request, *args, **kwargs)
        finally:
            if head:
                request.method = "HEAD"
        response = conditional(request, response, volatile)
        if request.method in READS and _cors_allowed(request):
            # The same "*" for every origin: no Vary: Origin, a shared cache may keep one copy.
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Content-Disposition, Link"
        if head and not response.streaming:
            length = len(response.content)
            response.content = b""
            response["Content-Length"] = str(length)
        return response

    return wrapped


def conditional(
    request: HttpRequest, response: HttpResponse, volatile: re.Pattern[bytes] | None = None
) -> HttpResponse:
    """A 200 to a GET gets an ETag; a request whose validators still match gets a 304."""
    if request.method not in READS or response.status_code != 200 or response.streaming:
        return response
    if getattr(response, "is_rendered", True) is False:
        response.render()  # a TemplateResponse (the sitemap): its body is needed for the hash
    if not response.has_header("ETag"):
        if volatile is None:
            set_response_etag(response)
        else:
            response["ETag"] = quote_etag(
                hashlib.md5(volatile.sub(b"", response.content), usedforsecurity=False).hexdigest()
            )
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    return get_conditional_response(request, etag=response["ETag"], last_modified=last_modified, response=response)


def _cors_allowed(request: HttpRequest) -> bool:
    return settings.LANTERN_CORS_READ_API and "HTTP_AUTHORIZATION" not in request.META


def _is_cors_preflight(request: HttpRequest) -> bool:
    """A browser asking whether another origin may GET (never write) without credentials."""
    method = request.META.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD", "").upper()
    asked = request.META.get("HTTP_ACCESS_CONTROL_REQUEST_HEADERS", "").lower()
    return (
        settings.LANTERN_CORS_READ_API
        and "HTTP_ORIGIN" in request.META
        and method in READS
        and "authorization" not in asked
    )


def _preflight() -> HttpResponse:
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET, HEAD"
    response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, If-None-Match, If-Modified-Since"
    response["Access-Control-Max-Age"] = CORS_MAX_AGE
    return response
