"""Whole public pages, cached for visitors without cookies, retired by any change to the catalogue.

Contract:

- Only GET/HEAD requests carrying no cookie and no Authorization header are answered from the
  cache or stored in it. Anonymous visitors have no cookie (the site sets none), so a curator,
  who always has a session cookie, neither gets a cached page nor leaves one.
- A page is stored only if it is a rendered 200 that sets no cookie, queued no message, touched
  no session and used no CSRF token.
- The key is the full URL (scheme, host, path, query string), the active language, the code
  and settings the page is made from (``lantern.lib.fingerprint``: the package version, a hash
  of templates, static files and translations, and of every setting that can reach a page, taken
  when the process starts; so a restart with new help lines or new code serves new pages at
  once) and the catalogue's version (``lantern.catalog.versions``): a number in the database
  that goes up after every committed change to the catalogue, the search index, the thesaurus,
  redirects or link checks, and every finished background task, in whichever process it
  happens. A page stored before a change is never looked up again.
- A write that tells nothing (raw SQL) shows once the entry expires:
  ``LANTERN_PAGE_CACHE_SECONDS`` bounds how stale a page can be; 0 turns the cache off.

The entries live in the ``pages`` cache (``CACHES`` in settings: files in the data directory,
shared by every process on the machine). Cache-Control for browsers is untouched: the
privacy middleware still sends ``no-store``.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from lantern.catalog.versions import version
from lantern.lib.fingerprint import fingerprint

CACHE_ALIAS = "pages"
KEPT_HEADERS = ("Content-Type", "Content-Language")
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Fast compression (nginx's default level): a page is compressed as it is first made, while its
# visitor waits; the bytes saved by a higher level are few. No random padding against BREACH
# either: a stored page holds no secret to guess (see ``_storable``).
GZIP_LEVEL = 1


# --- the cache -----------------------------------------------------------------------------------
def _anonymous(request: HttpRequest) -> bool:
    return (
        request.method in {"GET", "HEAD"}
        and not request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not getattr(getattr(request, "user", None), "is_authenticated", False)
    )


def _key(request: HttpRequest) -> str | None:
    number = version()
    if number is None:
        return None
    url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page:{number}:{fingerprint()}:{get_language()}:{url}"


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    session = getattr(request, "session", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and getattr(response, "is_rendered", True)
        and not response.cookies
        and not response.has_header("Set-Cookie")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.META.get("CSRF_COOKIE_USED")
        and not getattr(getattr(request, "_messages", None), "added_new", False)
        and not getattr(session, "modified", False)
    )


def cached_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve this public view from the page cache when the contract above allows it."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        seconds = settings.LANTERN_PAGE_CACHE_SECONDS
        key = _key(request) if seconds and _anonymous(request) else None
        if key is None:
            return view(request, *args, **kwargs)
        store = caches[CACHE_ALIAS]
        entry = store.get(key)
        if entry is not None:
            return _from_entry(request, *entry)
        response = view(request, *args, **kwargs)
        if not _storable(request, response):
            return response
        headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
        # Kept compressed: most visitors take it as it is, a hit then costs no compression.
        entry = (response.status_code, headers, gzip.compress(response.content, compresslevel=GZIP_LEVEL, mtime=0))
        store.set(key, entry, seconds)
        if _accepts_gzip(request):
            return _from_entry(request, *entry)  # compressed once, not again by the middleware
        return response

    return wrapper


def _accepts_gzip(request: HttpRequest) -> bool:
    return bool(ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))


def _from_entry(request: HttpRequest, status: int, headers: dict, packed: bytes) -> HttpResponse:
    """The stored page, gzip as stored for a browser that accepts it, else decompressed.

    A cached page is the same for every visitor and holds no secret (no token, no session), so
    serving one compressed copy to all gives BREACH nothing to guess.
    """
    if not _accepts_gzip(request):
        return HttpResponse(gzip.decompress(packed), status=status, headers=headers)
    response = HttpResponse(packed, status=status, headers={**headers, "Content-Encoding": "gzip"})
    patch_vary_headers(response, ("Accept-Encoding",))
    return response
