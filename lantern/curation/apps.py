from django.apps import AppConfig


class CurationConfig(AppConfig):
    name = "lantern.curation"
    label = "curation"
    verbose_name = "Curation"

    def ready(self) -> None:
        from lantern.catalog.signals import resources_arrived
        from lantern.curation import history

        history.connect()
        resources_arrived.connect(_on_arrival, dispatch_uid="curation_duplicates")


def _on_arrival(sender, **kwargs) -> list[dict]:
    from lantern.curation import duplicates  # numpy and the detector load only when asked

    return duplicates.on_arrival(sender, **kwargs)
