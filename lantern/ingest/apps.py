from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "lantern.ingest"
    label = "ingest"
    verbose_name = "Ingestion"
