"""Dates as the page's language writes them."""

from __future__ import annotations

import datetime as dt

from django.utils.formats import date_format
from django.utils.translation import get_language


def local_date(value: dt.date, precision: str = "day") -> str:
    """``value`` only as precise as it is known, in the active language.

    "30 July 2019", "5 décembre 2026", "5 de diciembre de 2026"; with precision "month":
    "October 2017", "octobre 2017", "octubre de 2017"; with "year" (or none): "2017".
    English keeps the day before the month: Django's English DATE_FORMAT is American ("July 30, 2019").
    """
    if precision not in {"day", "month"}:
        return str(value.year)
    if (get_language() or "en").split("-")[0] == "en":
        return date_format(value, "j F Y" if precision == "day" else "F Y")
    return date_format(value, "DATE_FORMAT" if precision == "day" else "YEAR_MONTH_FORMAT")
