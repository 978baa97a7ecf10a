"""Helpers of the browser tests (tests/browser/) that are not fixtures."""

from __future__ import annotations

EXIT_HOST = "www.bbc.co.uk"


def exit_site(context) -> None:
    """Answer the quick exit's neutral site from inside the browser: no request leaves the machine."""
    context.route(
        f"https://{EXIT_HOST}/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Weather</title><p>Weather"),
    )


def error_page_html() -> str:
    """The 500 page exactly as the server renders it (rendered in-process: no URL fails on purpose)."""
    import django
    from django.conf import settings

    if not settings.configured:
        django.setup()
    from django.test import RequestFactory

    from lantern.public.views import server_error

    return server_error(RequestFactory().get("/")).content.decode()
