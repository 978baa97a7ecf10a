"""Load the shipped thesaurus (lantern/search/data/thesaurus.json); curators edit it in the admin."""

import json
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "thesaurus.json"
KINDS = {"acronym", "spelling", "synonym"}


def load(apps, schema_editor):
    entry = apps.get_model("search", "ThesaurusEntry")
    if entry.objects.exists():
        return
    # Kinds added later are loaded by their own migration (0007: translations), once the
    # column can hold them.
    rows = [r for r in json.loads(DATA.read_text(encoding="utf-8")) if r["kind"] in KINDS]
    entry.objects.bulk_create(
        entry(terms="\n".join(row["terms"]), kind=row["kind"], note=row.get("note", "")) for row in rows
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0004_passage_engines")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
