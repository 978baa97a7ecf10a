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
    # Values the engine filters and counts by: type, topics (and their broader topics),
    # countries, regions, publishers, languages, collections, date (see index.document_facets).
    facets = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return self.title

    def as_tuple(self) -> tuple:
        return (self.title, self.abstract, self.meta, self.body, self.facets)


class IndexReplica(models.Model):
    """An embedded index kept from this database: one per index directory, so one per machine
    (the processes of a machine share its directory). Registered when the index is built."""

    name = models.CharField(max_length=32, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class IndexQueue(models.Model):
    """A resource whose search document changed and is not yet in one replica's embedded index.

    Written in the same transaction as the change, one row for each registered replica, so a
    rolled-back change never reaches an index and applying it to one index leaves it waiting for
    the others; deleted by whichever process of that replica applies it (``engine.apply_queue``).
    """

    replica = models.CharField(max_length=32)
    resource_id = models.IntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["replica", "id"])]

    def __str__(self) -> str:
        return f"resource {self.resource_id} for {self.replica}"


class SearchChunk(models.Model):
    """A passage of a resource: its metadata (``page`` empty) or a piece of one page of a file.

    Passages are what search quotes with a page number, what ``matches_in`` lists, and what the
    embedding model turns into vectors. ``vector`` is empty until ``index.embed_pending()`` runs
    (in the worker after ingestion, or in ``lantern reindex``); ``digest`` lets a rebuild keep
    the vector of a passage whose text did not change.
    """

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="search_chunks")
    attachment_id = models.IntegerField(null=True, blank=True)
    page = models.PositiveIntegerField(null=True, blank=True)
    position = models.PositiveIntegerField(default=0)
    text = models.TextField()
    digest = models.CharField(max_length=40)
    vector = models.BinaryField(null=True, blank=True)  # float16, L2-normalised

    class Meta:
        ordering = ["resource", "position"]
        indexes = [models.Index(fields=["resource", "position"])]

    def __str__(self) -> str:
        return f"{self.resource_id} p. {self.page}" if self.page else f"{self.resource_id} metadata"

    @classmethod
    def to_quote(cls, ids) -> dict[int, SearchChunk]:
        """Passages by id with what quoting one needs: not their vector, no ordering."""
        return cls.objects.only("resource_id", "attachment_id", "page", "text").order_by().in_bulk(list(ids))


class ThesaurusEntry(models.Model):
    """Words that mean the same to the field: a search for one also finds the others."""

    class Kind(models.TextChoices):
        ACRONYM = "acronym", "Acronym"
        SPELLING = "spelling", "Spelling variant"
        SYNONYM = "synonym", "Synonym"
        TRANSLATION = "translation", "Translation"  # the same term in another language

    terms = models.TextField(
        help_text="Equivalent words or phrases, one per line (e.g. NRM / National Referral Mechanism)."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.SYNONYM)
    note = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "terms"]
        verbose_name = "thesaurus entry"
        verbose_name_plural = "thesaurus"

    def __str__(self) -> str:
        return " = ".join(self.term_list)

    @property
    def term_list(self) -> list[str]:
        return [" ".join(line.split()) for line in self.terms.splitlines() if line.strip()]


class SearchTerm(models.Model):
    """The index's own vocabulary (lower-case words and how many documents use them): the
    source of typo corrections and "did you mean"."""

    word = models.CharField(max_length=64, unique=True)
    documents = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return self.word
