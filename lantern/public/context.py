"""Context processor: what every public page needs, without touching the database."""

from __future__ import annotations

from django.conf import settings


def site(request) -> dict[str, str]:
    return {
        "site_name": settings.LANTERN_SITE_NAME,
        "quick_exit_url": settings.LANTERN_QUICK_EXIT_URL,
    }
