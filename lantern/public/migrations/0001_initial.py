from django.db import migrations, models


def create_row(apps, schema_editor):
    apps.get_model("public", "CatalogueVersion").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="CatalogueVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.BigIntegerField(default=0)),
            ],
            options={"verbose_name": "catalogue version"},
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
