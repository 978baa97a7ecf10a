"""Thesaurus entries of a new kind, "translation": the field's core terms in Spanish and French
(UN, ILO, EU and Council of Europe wording), so a query in one language also finds the words of
the others. Hubs whose thesaurus was loaded before get the shipped translations added once;
entries curators already have are left as they are."""

import json
from pathlib import Path

from django.db import migrations, models

DATA = Path(__file__).resolve().parent.parent / "data" / "thesaurus.json"


def _key(terms):
    return frozenset(" ".join(t.lower().split()) for t in terms if t.strip())


def add_translations(apps, schema_editor):
    entry = apps.get_model("search", "ThesaurusEntry")
    if not entry.objects.exists():
        return  # 0005 loaded nothing (an empty hub keeps its choice)
    have = {_key(e.terms.splitlines()) for e in entry.objects.all()}
    rows = [r for r in json.loads(DATA.read_text(encoding="utf-8")) if r["kind"] == "translation"]
    entry.objects.bulk_create(
        entry(terms="\n".join(r["terms"]), kind=r["kind"], note=r.get("note", ""))
        for r in rows
        if _key(r["terms"]) not in have
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0006_engine_queue_and_facets")]

    operations = [
        migrations.AlterField(
            model_name="thesaurusentry",
            name="kind",
            field=models.CharField(
                choices=[
                    ("acronym", "Acronym"),
                    ("spelling", "Spelling variant"),
                    ("synonym", "Synonym"),
                    ("translation", "Translation"),
                ],
                default="synonym",
                max_length=20,
            ),
        ),
        migrations.RunPython(add_translations, migrations.RunPython.noop),
    ]
