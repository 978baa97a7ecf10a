"""Each embedded index (one per machine) gets its own queue rows, so applying a change to one
index no longer takes it away from the others. Rows queued before name no index: they are
dropped, and every index is rebuilt when next opened (``engine.SCHEMA_VERSION``)."""

from django.db import migrations, models


def drop_unnamed_rows(apps, schema_editor):
    apps.get_model("search", "IndexQueue").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0007_thesaurus_translations"),
    ]

    operations = [
        migrations.CreateModel(
            name="IndexReplica",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=32, unique=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.RunPython(drop_unnamed_rows, migrations.RunPython.noop),
        migrations.AddField(
            model_name="indexqueue",
            name="replica",
            field=models.CharField(default="", max_length=32),
            preserve_default=False,
        ),
        migrations.AddIndex(
            model_name="indexqueue",
            index=models.Index(fields=["replica", "id"], name="search_inde_replica_e0744e_idx"),
        ),
    ]
