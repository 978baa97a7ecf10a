"""Visitors' problem reports on resources, kept beside their suggestions (a kind, the resource,
what is wrong); editors and admins see and decide both in the admin."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

ACTIONS = ["change", "view"]


def _permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    codes = [f"{action}_visitorsuggestion" for action in ACTIONS]
    return list(Permission.objects.filter(content_type__app_label="curation", codename__in=codes))


def messages_for_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=["Editors", "Admins"]):
        group.permissions.add(*_permissions(apps))


def no_messages_for_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=["Editors", "Admins"]):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0009_organisation_directory"),
        ("curation", "0009_memberships_for_editors"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="visitorsuggestion",
            options={
                "ordering": ["-created_at"],
                "verbose_name": "visitor suggestion or report",
                "verbose_name_plural": "visitor suggestions and reports",
            },
        ),
        migrations.AddField(
            model_name="visitorsuggestion",
            name="kind",
            field=models.CharField(
                choices=[("suggestion", "Suggested resource"), ("problem", "Problem report")],
                db_index=True,
                default="suggestion",
                max_length=10,
                verbose_name="kind",
            ),
        ),
        migrations.AddField(
            model_name="visitorsuggestion",
            name="problem",
            field=models.CharField(
                blank=True,
                choices=[
                    ("broken", "A link or file does not work"),
                    ("wrong", "Wrong or outdated information"),
                    ("duplicate", "It duplicates another resource"),
                    ("harmful", "Harmful or unsafe content"),
                    ("other", "Something else"),
                ],
                max_length=10,
                verbose_name="problem",
            ),
        ),
        migrations.AddField(
            model_name="visitorsuggestion",
            name="resource",
            field=models.ForeignKey(
                blank=True,
                help_text="The resource a problem report is about.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="visitor_reports",
                to="catalog.resource",
                verbose_name="resource",
            ),
        ),
        migrations.AlterField(
            model_name="visitorsuggestion",
            name="note",
            field=models.TextField(blank=True, max_length=2000, verbose_name="note"),
        ),
        migrations.RunPython(messages_for_editors, no_messages_for_editors),
    ]
