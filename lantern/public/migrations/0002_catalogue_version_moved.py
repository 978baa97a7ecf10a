"""The catalogue's version now lives in the catalogue app (``lantern.catalog.versions``)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("public", "0001_initial"), ("catalog", "0010_catalogue_version")]

    operations = [migrations.DeleteModel(name="CatalogueVersion")]
