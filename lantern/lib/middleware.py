"""Headers that protect visitors (no caching of what they read, no third-party anything), and
compression of what they download."""

from __future__ import annotations

import re

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

# Everything is served from this host; nothing may be loaded from anywhere else.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class PrivacyHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        if settings.LANTERN_NO_STORE and not request.path.startswith(settings.STATIC_URL):
            # A shared or seized device must not keep copies of what a survivor read.
            response.headers["Cache-Control"] = "no-store"
        response.headers.setdefault(
            "Permissions-Policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()"
        )
        return response


# What is worth compressing: text. Downloads (PDF, Word, images) are already compressed, or are
# read with ranges and a known length, so they pass through untouched.
COMPRESSIBLE = re.compile(
    r"^(text/|application/(?:javascript|json|xml|x-ndjson|x-bibtex|x-research-info-systems|[\w.-]+\+(?:json|xml))"
    r"|image/svg\+xml)"
)


class CompressionMiddleware(GZipMiddleware):
    """gzip for pages and for static files that have no pre-compressed copy, nothing else.

    Django's GZipMiddleware pads each response with random bytes against BREACH. It goes first
    in MIDDLEWARE so that it also wraps WhiteNoise, which serves a ``.gz`` copy where there is one.
    """

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "")
        if not COMPRESSIBLE.match(content_type) or response.status_code == 206 or response.has_header("Content-Range"):
            return response
        return super().process_response(request, response)
