"""Loading the shipped vocabularies: countries with UN M49 regions, languages, topics, and the
directory of the field's organisations.

Functions take the model classes as arguments so that data migrations can pass historical
models. Loading is idempotent; topics already in the database keep the curators' edits
unless ``overwrite`` is set.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent / "data"

# Short, familiar names where ISO's official ones are long or unusual in this field.
COUNTRY_NAMES = {
    "GB": "United Kingdom",
    "US": "United States",
    "RU": "Russia",
    "KR": "South Korea",
    "KP": "North Korea",
    "VN": "Vietnam",
    "LA": "Laos",
    "SY": "Syria",
    "IR": "Iran",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "CD": "Democratic Republic of the Congo",
    "TW": "Taiwan",
}


def load_countries(Country) -> int:
    regions = {row["alpha2"]: row for row in csv.DictReader((DATA / "regions.csv").open(encoding="utf-8"))}
    count = 0
    for country in pycountry.countries:
        code = country.alpha_2
        row = regions.get(code, {})
        name = COUNTRY_NAMES.get(code) or getattr(country, "common_name", None) or country.name
        Country.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "m49": row.get("m49", country.numeric),
                "region": row.get("region", ""),
                "subregion": row.get("intermediate_region") or row.get("subregion", ""),
            },
        )
        count += 1
    return count


def load_languages(Language) -> int:
    count = 0
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if not code:
            continue
        name = getattr(language, "common_name", None) or language.name
        Language.objects.update_or_create(code=code, defaults={"name": name.split(";")[0]})
        count += 1
    return count


def topic_rows() -> list[dict]:
    return json.loads((DATA / "topics.json").read_text(encoding="utf-8"))


def load_topics(Topic, overwrite: bool = False) -> int:
    count = 0
    for position, row in enumerate(topic_rows()):
        parent = Topic.objects.get(slug=row["parent"]) if row.get("parent") else None
        values = {
            "name": row["name"],
            "parent": parent,
            "synonyms": "\n".join(row.get("synonyms", [])),
            "description": row.get("description", ""),
            "name_fr": row.get("labels", {}).get("fr", ""),
            "name_es": row.get("labels", {}).get("es", ""),
            "position": position,
        }
        if overwrite:
            Topic.objects.update_or_create(slug=row["slug"], defaults=values)
        else:
            Topic.objects.get_or_create(slug=row["slug"], defaults=values)
        count += 1
    return count


def organisation_rows() -> list[dict]:
    """The directory of the field's organisations (``data/organisations.json``)."""
    return json.loads((DATA / "organisations.json").read_text(encoding="utf-8"))


def load_organisations(Organisation, Country) -> int:
    """Add the directory's organisations that the hub lacks; returns how many were added.

    An organisation already there — the same slug, name (any case) or acronym — is left exactly
    as editors made it: the directory never overwrites, so re-running this is safe."""
    taken_slugs, taken_names, taken_acronyms = set(), set(), set()
    for slug, name, acronym in Organisation.objects.values_list("slug", "name", "acronym"):
        taken_slugs.add(slug)
        taken_names.add(name.casefold())
        if acronym:
            taken_acronyms.add(acronym.casefold())
    countries = dict(Country.objects.values_list("code", "pk"))
    new = []
    for row in organisation_rows():
        acronym = row.get("acronym", "").casefold()
        if row["slug"] in taken_slugs or row["name"].casefold() in taken_names or acronym in taken_acronyms:
            continue
        new.append(
            Organisation(
                slug=row["slug"],
                name=row["name"],
                acronym=row.get("acronym", ""),
                aliases="\n".join(row.get("aliases", [])),
                kind=row.get("kind", ""),
                country_id=countries.get(row.get("country") or ""),
                website=row.get("website", ""),
            )
        )
        taken_slugs.add(row["slug"])
        taken_names.add(row["name"].casefold())
        if acronym:
            taken_acronyms.add(acronym)
    Organisation.objects.bulk_create(new)
    return len(new)
