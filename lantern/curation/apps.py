from django.apps import AppConfig


class CurationConfig(AppConfig):
    name = "lantern.curation"
    label = "curation"
    verbose_name = "Curation"
