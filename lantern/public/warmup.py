"""What a fresh ``lantern serve`` process loads before its first visitor needs it.

Without it, the first page after a restart waits for the embedding model and the language
identifier (see ``search.service.warm_up``), the URL patterns of each interface language and the
compiled templates.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.template.loader import get_template
from django.urls import reverse
from django.utils import translation

from lantern.search.service import warm_up as warm_up_search

log = logging.getLogger(__name__)

# One URL of each namespace a public page links to.
URLS = (("public:home", {}), ("api:feed-new", {"fmt": "rss"}), ("admin:index", {}))
TEMPLATES = (
    "public/home.html",
    "public/search.html",
    "public/resource.html",
    "public/topic.html",
    "public/country.html",
    "public/organisation.html",
    "public/collection.html",
    "public/about.html",
    "404.html",
)


def warm_up() -> None:
    try:
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                for name, kwargs in URLS:
                    reverse(name, kwargs=kwargs)  # builds this language's patterns of each namespace
        for name in TEMPLATES:
            get_template(name)  # compiled once, kept by the cached loader
    except Exception:  # noqa: BLE001 - a warm-up must never stop the server
        log.warning("Warm-up of the public pages failed", exc_info=True)
    warm_up_search()
