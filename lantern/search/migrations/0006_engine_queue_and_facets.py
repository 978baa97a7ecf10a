"""The embedded engine's queue, and the facet values of each search document.

On SQLite, adding a column rebuilds search_searchdocument, which drops the triggers that keep
the FTS5 table in step (migration 0002): they are created again and FTS5 rebuilt.
"""

import importlib

from django.db import migrations, models

engines = importlib.import_module("lantern.search.migrations.0002_engines")


def restore_fts_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for name in ("search_fts_ai", "search_fts_ad", "search_fts_au"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in engines.SQLITE_FORWARD[1:]:  # the three triggers; the FTS5 table is kept
        schema_editor.execute(statement)
    schema_editor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_load_thesaurus"),
    ]

    operations = [
        migrations.CreateModel(
            name="IndexQueue",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("resource_id", models.IntegerField()),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="facets",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.RunPython(restore_fts_triggers, migrations.RunPython.noop),
    ]
