"""The help-line banner: who to call, by country, from ``LANTERN_HELPLINES`` or the defaults."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Helpline:
    country: str  # ISO 3166-1 alpha-2
    name: str
    phone: str
    hours: str
    url: str

    @property
    def country_label(self) -> str:
        """The country's name in the visitor's language."""
        import pycountry

        from lantern.public.labels import country_name

        country = pycountry.countries.get(alpha_2=self.country) if self.country else None
        return country_name(getattr(country, "common_name", None) or country.name) if country else self.country

    @property
    def tel(self) -> str:
        """The number for a ``tel:`` link: digits and a leading +."""
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        return ("+" if self.phone.strip().startswith("+") else "") + digits


# Checked against the services' own pages: both answer 24 hours a day, every day.
DEFAULTS = (
    Helpline(
        "GB",
        "Modern Slavery & Exploitation Helpline",
        "08000 121 700",
        _("24 hours, every day"),
        "https://www.modernslaveryhelpline.org/",
    ),
    Helpline(
        "US",
        "National Human Trafficking Hotline",
        "1-888-373-7888",
        _("24 hours, every day; text 233733"),
        "https://humantraffickinghotline.org/",
    ),
)
FIELDS = ("country", "name", "phone", "hours", "url")


def parse(raw: str) -> tuple[Helpline, ...]:
    """Help lines from the setting's JSON; an empty setting means the defaults."""
    if not raw.strip():
        return DEFAULTS
    try:
        items = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ImproperlyConfigured(f"LANTERN_HELPLINES is not valid JSON: {exc}") from exc
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ImproperlyConfigured("LANTERN_HELPLINES must be a JSON list of objects")
    lines = []
    for number, item in enumerate(items, 1):
        if not str(item.get("name", "")).strip() or not str(item.get("phone", "")).strip():
            raise ImproperlyConfigured(f"LANTERN_HELPLINES item {number} needs a name and a phone")
        url = str(item.get("url", "")).strip()
        if url and not url.startswith(("https://", "http://")):
            raise ImproperlyConfigured(f"LANTERN_HELPLINES item {number}: url must start with https://")
        lines.append(Helpline(*(str(item.get(key, "")).strip() for key in FIELDS[:-1]), url))
    return tuple(Helpline(line.country.upper(), *list(vars(line).values())[1:]) for line in lines)


@cache
def _configured(raw: str) -> tuple[Helpline, ...]:
    return parse(raw)


def helplines(country: str = "") -> list[Helpline]:
    """Every configured help line; ``country``'s own first when it has one."""
    lines = list(_configured(settings.LANTERN_HELPLINES))
    if country:
        lines.sort(key=lambda line: line.country != country.upper())
    return lines
