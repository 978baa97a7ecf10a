"""Names shared by many resources (organisations, people, topics, collections, series, the search
thesaurus) are kept by editors and admins; contributors keep only the view permission, to pick
them for their drafts. The rule itself is ``permissions.can_manage_names``; these are the model
permissions that match it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

NAMES = {"catalog": ["organisation", "person", "topic", "collection", "series"], "search": ["thesaurusentry"]}
WRITE = ["add", "change", "delete"]


def _permissions(apps, actions, names=NAMES):
    Permission = apps.get_model("auth", "Permission")
    codes = [(app, f"{action}_{model}") for app, models in names.items() for model in models for action in actions]
    return [p for app, code in codes for p in Permission.objects.filter(content_type__app_label=app, codename=code)]


def _ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def names_for_editors(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Contributors"):
        group.permissions.remove(*_permissions(apps, WRITE))
        group.permissions.add(*_permissions(apps, ["view"]))
    for group in Group.objects.filter(name__in=["Editors", "Admins"]):
        group.permissions.add(*_permissions(apps, [*WRITE, "view"]))


def names_for_contributors(apps, schema_editor):
    """Back to 0003's grants: contributors and editors add and change catalogue names, admins also
    delete them; nobody but superusers has the thesaurus."""
    Group = apps.get_model("auth", "Group")
    catalog, thesaurus = {"catalog": NAMES["catalog"]}, {"search": NAMES["search"]}
    for group in Group.objects.filter(name__in=["Contributors", "Editors"]):
        group.permissions.remove(*_permissions(apps, ["delete"], catalog))
        group.permissions.add(*_permissions(apps, ["add", "change", "view"], catalog))
    for group in Group.objects.filter(name__in=["Contributors", "Editors", "Admins"]):
        group.permissions.remove(*_permissions(apps, [*WRITE, "view"], thesaurus))


class Migration(migrations.Migration):
    dependencies = [
        ("curation", "0006_visitor_suggestions"),
        ("search", "0007_thesaurus_translations"),
    ]
    operations = [migrations.RunPython(names_for_editors, names_for_contributors)]
