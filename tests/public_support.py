"""Helpers of the public-site tests (tests/ and tests/browser/) that are not fixtures."""

from __future__ import annotations

import re

HERE = "http://testserver"

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


def served_token(client) -> str:
    """The token of the suggestion form as the hub serves it."""
    from django.urls import reverse

    html = client.get(reverse("public:suggest")).content.decode()
    return re.search(r'name="form_token" value="([^"]+)"', html).group(1)


def suggest(client, data: dict, origin: str | None = HERE, token: str | None = None):
    """Post the suggestion form as a browser on its page would: with this hub's Origin and the served token."""
    from django.urls import reverse

    data = {"form_token": served_token(client) if token is None else token, **data}
    headers = {"HTTP_ORIGIN": origin} if origin is not None else {}
    return client.post(reverse("public:suggest"), data, **headers)
