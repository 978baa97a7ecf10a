"""The three curator roles as groups with their model permissions (row rules live in
lantern/catalog/permissions.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CATALOG = ["resource", "organisation", "person", "collection", "series", "topic", "attachment", "identifier",
           "resourcepublisher", "resourceauthor", "page"]
ROLES = {
    "Contributors": {"catalog": {m: ["add", "change", "view"] for m in CATALOG}},
    "Editors": {
        "catalog": {m: ["add", "change", "view"] for m in CATALOG},
        "curation": {"flag": ["change", "view"], "revision": ["view"]},
    },
    "Admins": {
        "catalog": {m: ["add", "change", "delete", "view"] for m in [*CATALOG, "country", "language"]},
        "curation": {"flag": ["add", "change", "delete", "view"], "revision": ["view", "delete"]},
        "auth": {"user": ["add", "change", "view"], "group": ["view"]},
    },
}


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, apps_models in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        codenames = [(app, f"{action}_{model}") for app, models in apps_models.items() for model, actions in models.items() for action in actions]
        group.permissions.set(
            [p for app, code in codenames for p in Permission.objects.filter(content_type__app_label=app, codename=code)]
        )


class Migration(migrations.Migration):
    dependencies = [
        ("curation", "0002_revision"),
        ("catalog", "0003_pages"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
