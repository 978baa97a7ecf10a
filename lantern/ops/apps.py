from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running a hub: backups and restores, the health check."""

    name = "lantern.ops"
    label = "ops"
    verbose_name = "Operations"
