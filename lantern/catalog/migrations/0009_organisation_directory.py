"""Load the directory of the field's organisations (data/organisations.json): adds the missing
ones and leaves every organisation already in the hub as its editors left it."""

from django.db import migrations


def load(apps, schema_editor):
    from lantern.catalog import vocab

    vocab.load_organisations(apps.get_model("catalog", "Organisation"), apps.get_model("catalog", "Country"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0008_membership")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
