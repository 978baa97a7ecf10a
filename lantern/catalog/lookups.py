"""Look-ups of a batch of records: vocabulary (topics, countries, languages) found once, and
organisations and people found by name or created, alone or together."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.text import slugify

from lantern.catalog import versions
from lantern.catalog.models import Country, Language, Organisation, Person, Topic
from lantern.lib.text import unique_slug


@dataclass
class Lookups:
    """Caches of vocabulary look-ups for a batch of records."""

    topics: dict[str, Topic] = field(default_factory=dict)

    def topic(self, value: str) -> Topic | None:
        key = value.strip().lower()
        if key not in self.topics:
            self.topics[key] = Topic.objects.filter(
                Q(slug=slugify(key)) | Q(name__iexact=key) | Q(name_fr__iexact=key) | Q(name_es__iexact=key)
            ).first()
        return self.topics[key]

    countries: dict[str, Country | None] = field(default_factory=dict)
    languages: dict[str, Language | None] = field(default_factory=dict)

    def country(self, value: str) -> Country | None:
        key = value.strip().lower()
        if key not in self.countries:
            self.countries[key] = Country.objects.filter(Q(code__iexact=key) | Q(name__iexact=key)).first()
        return self.countries[key]

    def language(self, value: str) -> Language | None:
        key = value.strip().lower()
        if key not in self.languages:
            self.languages[key] = Language.objects.filter(Q(code__iexact=key) | Q(name__iexact=key)).first()
        return self.languages[key]

    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)

    def organisation(self, name: str) -> Organisation:
        """Match by name, acronym or alias; create the organisation when none matches."""
        name = " ".join(name.split())
        if name not in self.organisations:
            self.organisations[name] = Organisation.objects.named(name) or Organisation.objects.create(name=name[:200])
        return self.organisations[name]

    def person(self, name: str) -> Person:
        name = " ".join(name.split())[:200]
        if name not in self.people:
            self.people[name] = Person.objects.filter(name__iexact=name).first() or Person.objects.create(name=name)
        return self.people[name]

    def add_names(self, organisations: Iterable[str], people: Iterable[str]) -> None:
        """Look up the names not seen yet, then create together those no one has (a bulk insert
        sends no ``post_save``: a new name has no resources for the index to refresh)."""
        names = {" ".join(n.split()) for n in organisations} - set(self.organisations) - {""}
        found = Organisation.objects.named_many(names)
        self.organisations |= found
        self.organisations |= _create_named(Organisation, sorted(names - found.keys()))
        names = {" ".join(n.split())[:200] for n in people} - set(self.people) - {""}
        people = _people_named(names)
        self.people |= people
        self.people |= _create_named(Person, sorted(names - people.keys()))

    def forget_names(self) -> None:
        """After a rollback: organisations and people created inside it are gone."""
        self.organisations.clear()
        self.people.clear()


def _people_named(names: set[str]) -> dict[str, Person]:
    """The people already known by each of these names, in any case: one query (and one a name the
    database cannot lower-case, outside ASCII), the first as ``Person.objects`` orders them."""
    keys = {name.lower() for name in names}
    found: dict[str, Person] = {}
    for person in Person.objects.annotate(_name=Lower("name")).filter(_name__in=keys):
        found.setdefault(person.name.lower(), person)
    result = {name: found[name.lower()] for name in names if name.lower() in found}
    for name in names - result.keys():
        if not name.isascii() and (person := Person.objects.filter(name__iexact=name).first()) is not None:
            result[name] = person
    return result


def _create_named(model: type[Organisation] | type[Person], names: list[str]) -> dict[str, Organisation | Person]:
    """One new organisation or person for each of ``names``, inserted together, with the slugs
    their ``save`` would give; names differing only in case are one (as ``iexact`` finds them)."""
    first: dict[str, str] = {}
    for name in names:
        first.setdefault(name.lower(), name)
    if not first:
        return {}
    bases = {unique_slug(name, lambda s: False) for name in first.values()}
    used = set(model.objects.filter(slug__in=bases).values_list("slug", flat=True))

    def taken(slug: str) -> bool:
        return slug in used or (slug not in bases and model.objects.filter(slug=slug).exists())

    made = {}
    for key, name in first.items():
        made[key] = model(name=name[:200], slug=unique_slug(name, taken))
        used.add(made[key].slug)
    model.objects.bulk_create(made.values())
    versions.changed(*(("organisations",) if model is Organisation else ()))  # no post_save for bulk rows
    return {name: made[name.lower()] for name in names}
