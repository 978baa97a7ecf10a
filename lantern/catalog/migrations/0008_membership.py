import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0007_page_recognised"),
    ]

    operations = [
        migrations.CreateModel(
            name="Membership",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "role",
                    models.CharField(
                        blank=True,
                        help_text="For example: founding member, chair.",
                        max_length=100,
                        verbose_name="role",
                    ),
                ),
                (
                    "member",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="partnership_links",
                        to="catalog.organisation",
                        verbose_name="member",
                    ),
                ),
                (
                    "partnership",
                    models.ForeignKey(
                        limit_choices_to={"kind": "partnership"},
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="member_links",
                        to="catalog.organisation",
                        verbose_name="partnership",
                    ),
                ),
            ],
            options={
                "verbose_name": "membership",
                "ordering": ["partnership__name", "member__name"],
                "constraints": [
                    models.UniqueConstraint(fields=("partnership", "member"), name="unique_membership"),
                    models.CheckConstraint(
                        condition=models.Q(("partnership", models.F("member")), _negated=True),
                        name="membership_not_self",
                    ),
                ],
            },
        ),
    ]
