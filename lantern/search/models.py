"""The flattened text of each published resource, from which the engines build their index.

On SQLite an FTS5 table mirrors this table through triggers; on PostgreSQL a generated,
weighted ``tsvector`` column with a GIN index lives on it (see migration 0002). Either way
the database is the source of truth and ``lantern reindex`` rebuilds everything from it.
"""

from __future__ import annotations

from django.db import models

from lantern.catalog.models import Resource


class SearchDocument(models.Model):
    resource = models.OneToOneField(
        Resource, on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    title = models.TextField()
    abstract = models.TextField(blank=True)  # teaser and summary
    meta = models.TextField(blank=True)  # publishers, authors, topics and synonyms, places, identifiers
    body = models.TextField(blank=True)  # description and, once ingested, the document's text

    def __str__(self) -> str:
        return self.title

    def as_tuple(self) -> tuple[str, str, str, str]:
        return (self.title, self.abstract, self.meta, self.body)
