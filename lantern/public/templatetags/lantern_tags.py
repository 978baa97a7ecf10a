"""Template helpers of the public site: teasers, localised labels, file sizes, links."""

from __future__ import annotations

from django import template
from django.http import QueryDict
from django.urls import reverse

from lantern.lib.files import human_size as _human_size
from lantern.public import labels

register = template.Library()


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
