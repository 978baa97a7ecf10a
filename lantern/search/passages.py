"""Cutting a resource into passages: one of its metadata, then pieces of each page of its files.

A passage is small enough that a snippet quotes the right place and a sentence embedding
still means something (~220 words), and never crosses a page, so every match has a page number.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lantern.catalog.models import Resource
from lantern.lib.text import clean_text, html_to_text

WORDS_PER_PASSAGE = 220
OVERLAP_WORDS = 30
MAX_PASSAGES = 2000  # per resource: a 1,000-page file still indexes, a runaway one stops


@dataclass(frozen=True)
class Passage:
    text: str
    page: int | None = None
    attachment_id: int | None = None


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def metadata_text(resource: Resource) -> str:
    """What the record says about the document (title first), for the metadata passage."""
    return compose_metadata(
        resource.title, resource.teaser, resource.summary, resource.description, [t.name for t in resource.topics.all()]
    )


def compose_metadata(title: str, teaser: str, summary: str, description: str, topics: list[str]) -> str:
    """The metadata passage of a resource from its texts and its topics' names."""
    parts = [title, teaser, summary, html_to_text(description)]
    if topics:
        parts.append(", ".join(topics))
    return clean_text("\n".join(p for p in parts if p))


def pieces(text: str, size: int = WORDS_PER_PASSAGE, overlap: int = OVERLAP_WORDS) -> list[str]:
    words = text.split()
    if len(words) <= size + overlap:
        return [" ".join(words)] if words else []
    step = size - overlap
    return [" ".join(words[i : i + size]) for i in range(0, len(words) - overlap, step)]


def split(metadata: str, pages: list[tuple[int, int, str]]) -> list[Passage]:
    """The metadata passage (``metadata_text``), then the pieces of each page (attachment id,
    page number, text) in order."""
    result = [Passage(metadata)]
    for attachment_id, number, text in pages:
        for piece in pieces(clean_text(text)):
            result.append(Passage(piece, page=number, attachment_id=attachment_id))
            if len(result) >= MAX_PASSAGES:
                return result
    return result
