"""The directory of the field's organisations, shipped as data and loaded by migration: large,
well-formed, and never overwriting what editors changed."""

from __future__ import annotations

import importlib

import pycountry
import pytest
from django.apps import apps

from lantern.catalog import vocab
from lantern.catalog.models import Country, Organisation

pytestmark = pytest.mark.django_db
migration = importlib.import_module("lantern.catalog.migrations.0009_organisation_directory")


def test_directory_is_large_and_well_formed():
    rows = vocab.organisation_rows()
    assert len(rows) >= 300
    slugs = [row["slug"] for row in rows]
    names = [row["name"].casefold() for row in rows]
    assert len(set(slugs)) == len(slugs) and len(set(names)) == len(names)
    kinds = set(Organisation.Kind.values)
    for row in rows:
        assert row["name"] and row["slug"] and row["kind"] in kinds, row
        assert not row["country"] or pycountry.countries.get(alpha_2=row["country"]), row
        assert not row["website"] or row["website"].startswith("https://"), row
        assert isinstance(row["aliases"], list) and isinstance(row["acronym"], str), row
    # Every kind of organisation of the field, and international bodies without a country.
    assert {row["kind"] for row in rows} == kinds
    assert sum(1 for row in rows if not row["country"]) >= 40


def test_hub_starts_with_the_directory_and_its_french_and_spanish_names():
    assert Organisation.objects.count() >= 300
    assert Organisation.objects.named("OIT").acronym == "ILO"
    assert Organisation.objects.named("Organización Internacional para las Migraciones").acronym == "IOM"
    assert Organisation.objects.named("ONUDD").name == "United Nations Office on Drugs and Crime"
    home_office = Organisation.objects.get(slug="home-office")
    assert home_office.country == Country.objects.get(code="GB") and home_office.kind == "government"
    assert Organisation.objects.get(slug="international-labour-organization").country is None


def test_rerunning_the_migration_keeps_editors_edits_and_adds_what_is_missing():
    polaris = Organisation.objects.get(slug="polaris")
    polaris.name, polaris.website, polaris.aliases = "Polaris Project (US)", "https://example.org", "Our alias"
    polaris.save()
    ilo = Organisation.objects.get(acronym="ILO")
    ilo.slug, ilo.description = "ilo", "Edited by an editor."
    ilo.save()
    Organisation.objects.filter(slug="kalayaan").delete()
    count = Organisation.objects.count()

    migration.load(apps, None)

    polaris.refresh_from_db()
    assert (polaris.name, polaris.website, polaris.aliases) == (
        "Polaris Project (US)",
        "https://example.org",
        "Our alias",
    )
    assert Organisation.objects.filter(acronym="ILO").count() == 1  # matched by name and acronym
    assert Organisation.objects.get(slug="ilo").description == "Edited by an editor."
    assert Organisation.objects.filter(slug="kalayaan").exists()  # a missing one comes back
    assert Organisation.objects.count() == count + 1
    migration.load(apps, None)
    assert Organisation.objects.count() == count + 1


def test_names_looked_up_together_find_what_each_look_up_finds(db):
    # An import looks up a batch's publishers together; each must be the organisation one look-up gives.
    Organisation.objects.create(name="Équipe Anti-Traite", acronym="EAT", aliases="Equipe AT\nÉAT")
    names = ["unknown body", "ÉQUIPE ANTI-TRAITE", "équipe anti-traite", "eat", "Équipe at", "éat"]
    for org in Organisation.objects.order_by("pk")[:300]:
        names += [org.name, org.name.upper(), org.acronym.lower(), *(a.swapcase() for a in org.alias_list)]
    together = Organisation.objects.named_many(names)
    for name in {" ".join(n.split()) for n in names if n.strip()}:
        alone, found = Organisation.objects.named(name), together.get(name)
        if alone is not None or found is None:
            assert found == alone, name
        else:  # SQLite compares case outside ASCII only one way; together, names match in any case
            assert name.lower() in {found.name.lower(), found.acronym.lower(), *map(str.lower, found.alias_list)}
    assert together["éat"].name == "Équipe Anti-Traite" and "unknown body" not in together
