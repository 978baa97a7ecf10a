"""Signals the catalogue sends; other apps (curation's history) listen, so imports point down."""

from django.dispatch import Signal

# Sent once a resource and all its relations have been saved by a curator, an import, an
# ingestion or the API. Arguments: resource, user (or None), source (a short label: "admin",
# "import", "ingest", "api", "restore", "merge"…).
resource_changed = Signal()
