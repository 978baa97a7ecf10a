"""Context processor: what every public page needs, without touching the database."""

from __future__ import annotations

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

from lantern.public.helplines import helplines


def site(request) -> dict:
    return {
        "site_name": settings.LANTERN_SITE_NAME,
        "quick_exit_url": settings.LANTERN_QUICK_EXIT_URL,
        "helplines": helplines(),
        "language_links": language_links(request),
        # Set only on pages rendered for `lantern export-site`: when that copy was made.
        "offline": request.META.get("lantern.offline_copy") if request is not None else None,
    }


def language_links(request) -> list[dict]:
    """This page in each interface language: links only, so no cookie is ever needed."""
    path = request.get_full_path() if request is not None else "/"
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": translate_url(path, code),
        }
        for code, _name in settings.LANGUAGES
    ]
