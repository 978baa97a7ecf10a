from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "lantern.ingest"
    label = "ingest"
    verbose_name = "Ingestion"

    def ready(self) -> None:
        from lantern.ingest import known

        known.connect()
