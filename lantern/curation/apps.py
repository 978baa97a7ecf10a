from django.apps import AppConfig


class CurationConfig(AppConfig):
    name = "lantern.curation"
    label = "curation"
    verbose_name = "Curation"

    def ready(self) -> None:
        from lantern.catalog import versions
        from lantern.catalog.signals import resources_arrived
        from lantern.curation import history
        from lantern.curation.models import LinkCheck, Redirect

        history.connect()
        versions.follow(Redirect)  # redirects and broken links show on public pages
        versions.follow(LinkCheck, deletes=False)
        resources_arrived.connect(_on_arrival, dispatch_uid="curation_duplicates")


def _on_arrival(sender, **kwargs) -> list[dict]:
    from lantern.curation import duplicates  # numpy and the detector load only when asked

    return duplicates.on_arrival(sender, **kwargs)
