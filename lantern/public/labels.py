"""Names of things in the visitor's language: types, topics, countries, regions, languages.

Types come from the catalogue's translatable choices, topics from the vocabulary's
``name_fr``/``name_es``, countries and languages from pycountry's ISO catalogues (shipped
with the package, so nothing is fetched), and the five UN M49 regions from our own catalogue.
"""

from __future__ import annotations

import gettext
from functools import cache

from django.utils import formats
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

# The region names the catalogue stores (UN M49), marked for our translation catalogue.
REGIONS = {
    "Africa": gettext_noop("Africa"),
    "Americas": gettext_noop("Americas"),
    "Asia": gettext_noop("Asia"),
    "Europe": gettext_noop("Europe"),
    "Oceania": gettext_noop("Oceania"),
}


def language_code() -> str:
    return (get_language() or "en").split("-")[0]


@cache
def _iso_catalogue(domain: str, language: str):
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def country_name(name: str) -> str:
    """A country's English (ISO 3166) name in the active language."""
    language = language_code()
    if language == "en" or not name:
        return name
    return _iso_catalogue("iso3166-1", language).gettext(name)


def language_name(name: str) -> str:
    """A language's English (ISO 639) name in the active language, capitalised as a label."""
    language = language_code()
    if language == "en" or not name:
        return name
    translated = _iso_catalogue("iso639-3", language).gettext(name)
    return translated[:1].upper() + translated[1:]


def region_name(name: str) -> str:
    return _(name) if name in REGIONS else name


def topic_name(topic) -> str:
    return getattr(topic, f"name_{language_code()}", "") or topic.name


def relabel(facet_name: str, value: str, label: str, topics: dict[str, object]) -> str:
    """The label of one facet value in the active language (types are translated already)."""
    if facet_name == "topic" and value in topics:
        return topic_name(topics[value])
    if facet_name == "country":
        return country_name(label)
    if facet_name == "region":
        return region_name(label)
    if facet_name == "language":
        return language_name(label)
    return label


def number(value: int) -> str:
    """A count in the active language's way: "1,234", "1 234" (fr, es), "12"; for the templates'
    ``|count`` and markup built in Python. Counts are grouped whatever USE_THOUSAND_SEPARATOR says,
    which would group years too ("2 019"). Below 1000 there is nothing to group, and
    ``number_format`` is not cheap for the hundreds of counts a page has."""
    if -1000 < value < 1000:
        return str(value)
    return formats.number_format(value, force_grouping=True)


# A file's size, number and unit in the active language ("2.0 KB", "2,0 Ko").
SIZE_UNITS = (
    gettext_noop("%(size)s bytes"),
    gettext_noop("%(size)s KB"),
    gettext_noop("%(size)s MB"),
    gettext_noop("%(size)s GB"),
)


def file_size(size: int | None) -> str:
    """As ``lantern.lib.files.human_size`` ("2.0 KB"), written the page's way ("2,0 Ko")."""
    if size is None:
        return ""
    value = float(size)
    for position, unit in enumerate(SIZE_UNITS):
        if value < 1024 or position == len(SIZE_UNITS) - 1:
            shown = number(int(value)) if position == 0 else formats.number_format(value, 1)
            return _(unit) % {"size": shown}
        value /= 1024
    return ""
