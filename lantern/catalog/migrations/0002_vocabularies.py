"""Load the shipped vocabularies: ISO countries with UN M49 regions, ISO 639-1 languages, topics."""

from django.db import migrations


def load(apps, schema_editor):
    from lantern.catalog import vocab

    vocab.load_countries(apps.get_model("catalog", "Country"))
    vocab.load_languages(apps.get_model("catalog", "Language"))
    vocab.load_topics(apps.get_model("catalog", "Topic"))


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
