"""The catalogue's version moves here from the public site's app (``lantern.catalog.versions``),
with a number per part beside it. The version carries on from the old counter, so that no page
cached under an earlier number can be served again."""

from django.db import migrations, models

OLD_TABLE = "public_catalogueversion"


def carry_on(apps, schema_editor):
    number = 0
    connection = schema_editor.connection
    if OLD_TABLE in connection.introspection.table_names():
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT MAX(number) FROM {connection.ops.quote_name(OLD_TABLE)}")  # noqa: S608
            number = cursor.fetchone()[0] or 0
    apps.get_model("catalog", "CatalogueVersion").objects.create(name="catalogue", number=number + 1)


class Migration(migrations.Migration):
    dependencies = [("catalog", "0009_organisation_directory")]

    operations = [
        migrations.CreateModel(
            name="CatalogueVersion",
            fields=[
                ("name", models.CharField(max_length=20, primary_key=True, serialize=False, verbose_name="name")),
                ("number", models.BigIntegerField(default=0, verbose_name="number")),
            ],
            options={"verbose_name": "catalogue version"},
        ),
        migrations.RunPython(carry_on, migrations.RunPython.noop),
    ]
