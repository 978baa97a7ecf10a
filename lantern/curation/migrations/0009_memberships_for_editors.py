"""Memberships of partnerships are names shared by many pages, kept like organisations: editors
and admins add, change and delete them; contributors see them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WRITE = ["add", "change", "delete"]


def _permissions(apps, actions):
    Permission = apps.get_model("auth", "Permission")
    codes = [f"{action}_membership" for action in actions]
    return list(Permission.objects.filter(content_type__app_label="catalog", codename__in=codes))


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Contributors"):
        group.permissions.add(*_permissions(apps, ["view"]))
    for group in Group.objects.filter(name__in=["Editors", "Admins"]):
        group.permissions.add(*_permissions(apps, [*WRITE, "view"]))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=["Contributors", "Editors", "Admins"]):
        group.permissions.remove(*_permissions(apps, [*WRITE, "view"]))


class Migration(migrations.Migration):
    dependencies = [
        ("curation", "0008_suggestion_gate"),
        ("catalog", "0008_membership"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
