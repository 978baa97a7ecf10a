"""Template helpers of the public site: teasers, localised labels, file sizes, links."""

from __future__ import annotations

from django import template
from django.http import QueryDict
from django.urls import reverse

from lantern.lib import dates
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


@register.filter(expects_localtime=True)
def local_date(value) -> str:
    """A date (or a moment, in the site's time zone) the active language's way: "5 December 2026",
    "5 décembre 2026", "5 de diciembre de 2026"."""
    return dates.local_date(value) if value else ""


@register.filter
def human_size(size) -> str:
    """A file's size in the active language: "2.0 KB", "2,0 Ko"."""
    return labels.file_size(size)


@register.filter
def count(value) -> str:
    """A count grouped the active language's way: "1,234", "1 234"."""
    return labels.number(value) if isinstance(value, int) else value


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
