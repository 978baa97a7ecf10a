from django.apps import AppConfig


class CurationConfig(AppConfig):
    name = "lantern.curation"
    label = "curation"
    verbose_name = "Curation"

    def ready(self) -> None:
        from lantern.curation import history

        history.connect()
