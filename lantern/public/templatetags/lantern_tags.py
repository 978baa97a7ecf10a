"""Template helpers of the public site: teasers, localised labels, file sizes, links."""

from __future__ import annotations

from django import template
from django.http import QueryDict
from django.urls import reverse

from lantern.lib.files import human_size as _human_size
from lantern.lib.text import truncate_words
from lantern.public import labels

register = template.Library()

TEASER_CHARS = 250


@register.filter
def teaser(resource, limit: int = TEASER_CHARS) -> str:
    """The card text of a resource: its teaser (or summary) cut at a word boundary."""
    return truncate_words(resource.teaser or resource.summary, int(limit))


@register.filter
def topic_label(topic) -> str:
    """A topic's name in the active language when the vocabulary has one."""
    return labels.topic_name(topic)


@register.filter
def country_label(name: str) -> str:
    return labels.country_name(name)


@register.filter
def language_label(name: str) -> str:
    return labels.language_name(name)


@register.filter
def region_label(name: str) -> str:
    return labels.region_name(name)


@register.filter
def human_size(size) -> str:
    return _human_size(size)


@register.simple_tag
def search_url(**params) -> str:
    """``{% search_url topic=slug %}``: the search page filtered by one or more values."""
    query = QueryDict(mutable=True)
    for key, value in params.items():
        if value not in (None, ""):
            query[key] = str(value)
    encoded = query.urlencode()
    base = reverse("public:search")
    return f"{base}?{encoded}" if encoded else base


@register.simple_tag
def with_state(url: str, state: str) -> str:
    """A resource link carrying the search it was found by (for "Back to results")."""
    return f"{url}?{state}" if state else url


@register.filter
def content_lang(resource) -> str:
    """The language code of a resource written in one known language, for ``lang=""``."""
    languages = resource.listed.languages
    return languages[0].code if len(languages) == 1 else ""
