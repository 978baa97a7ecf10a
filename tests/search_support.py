"""Helpers for the search tests: resources with pages of file text, and vectors computed once."""

from __future__ import annotations

from factories import make_resource

from lantern.catalog.models import Attachment, Page
from lantern.search import index


def with_pages(title: str, pages: dict[int, str], **fields):
    """A published resource with one file whose pages hold the given text."""
    resource = make_resource(title, **fields)
    attachment = Attachment.objects.create(resource=resource, url="https://example.org/file.pdf", filename="file.pdf")
    Page.objects.bulk_create(Page(attachment=attachment, number=n, text=text) for n, text in pages.items())
    index.schedule([resource.id])  # what ingestion does after writing pages
    return resource


def embed() -> int:
    """Compute passage vectors (the model is loaded once per test session and cached)."""
    return index.embed_pending()
