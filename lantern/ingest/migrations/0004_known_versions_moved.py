"""Ingestion's numbers per part are now parts of the catalogue's version (``lantern.catalog.versions``)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("ingest", "0003_known_versions")]

    operations = [migrations.DeleteModel(name="KnownVersion")]
