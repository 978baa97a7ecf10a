"""Headers that protect visitors: no caching of what they read, no third-party anything."""

from __future__ import annotations

from django.conf import settings

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
