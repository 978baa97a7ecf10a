"""OpenAPI schemas of the API's JSON (documentation and validation at the edge)."""

from __future__ import annotations

from typing import Any

from ninja import Schema
from pydantic import ConfigDict, Field


class ErrorDetail(Schema):
    status: int
    code: str
    message: str
    details: list[Any]


class ErrorOut(Schema):
    error: ErrorDetail


class FileOut(Schema):
    name: str
    url: str
    path: str
    label: str
    media_type: str
    size: int | None
    pages: int | None
    sha256: str


class ResourceOut(Schema):
    """The canonical record (see the README's import format) plus absolute links."""

    slug: str
    title: str
    teaser: str
    summary: str
    description: str
    type: str
    topics: list[str]
    countries: list[str]
    languages: list[str]
    publishers: list[str]
    authors: list[str]
    date: str
    source_url: str
    doi: str
    isbn: str
    licence: str
    files: list[FileOut]
    status: str
    withdrawn_reason: str
    featured: bool
    collections: list[str]
    series: str
    edition: str
    translation_of: str
    superseded_by: str
    created_at: str
    updated_at: str
    url: str
    api_url: str


class Page(Schema):
    total: int
    page: int
    pages: int
    per_page: int


class ResourcePage(Page):
    results: list[ResourceOut]


class FacetValueOut(Schema):
    value: str
    label: str
    count: int
    selected: bool


class FacetOut(Schema):
    name: str
    label: str
    values: list[FacetValueOut]
    more: bool


class HitOut(ResourceOut):
    score: float
    title_html: str
    snippet_html: str


class SearchOut(Page):
    query: str
    sort: str
    results: list[HitOut]
    facets: list[FacetOut]
    warnings: list[str]
    corrected_query: str = Field(
        "", description="the query as searched when typos were corrected ('' if none); as_typed=true searches q itself"
    )


class OrganisationOut(Schema):
    slug: str
    name: str
    acronym: str
    aliases: list[str]
    kind: str
    country: str
    website: str
    description: str
    url: str
    api_url: str
    resource_count: int | None = None


class OrganisationPage(Page):
    results: list[OrganisationOut]


class TopicOut(Schema):
    slug: str
    name: str
    parent: str
    synonyms: list[str]
    description: str
    resource_count: int | None = None


class CollectionOut(Schema):
    slug: str
    name: str
    description: str
    url: str
    api_url: str
    resource_count: int | None = None


class FileIn(Schema):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(max_length=1000)
    label: str = Field("", max_length=200)
    media_type: str = Field("", max_length=100)
    pages: int | None = Field(None, ge=1, le=100_000)


class RecordIn(Schema):
    """A canonical record (all fields optional on update; ``title`` required to create).

    Unknown fields are refused. Files may only be given by URL through the API.
    """

    model_config = ConfigDict(extra="forbid")
    slug: str | None = Field(None, max_length=120)
    title: str | None = Field(None, max_length=500)
    teaser: str | None = Field(None, max_length=280)
    summary: str | None = Field(None, max_length=20_000)
    description: str | None = Field(None, max_length=100_000)
    type: str | None = Field(None, max_length=20)
    topics: list[str] | None = Field(None, max_length=50)
    countries: list[str] | None = Field(None, max_length=250)
    languages: list[str] | None = Field(None, max_length=50)
    publishers: list[str] | None = Field(None, max_length=50)
    authors: list[str] | None = Field(None, max_length=200)
    date: str | None = Field(None, max_length=10)
    source_url: str | None = Field(None, max_length=1000)
    doi: str | None = Field(None, max_length=200)
    isbn: str | None = Field(None, max_length=20)
    licence: str | None = Field(None, max_length=100)
    files: list[FileIn] | None = Field(None, max_length=50)
    status: str | None = Field(None, max_length=10)
    withdrawn_reason: str | None = Field(None, max_length=2000)
    featured: bool | None = None
    collections: list[str] | None = Field(None, max_length=50)
    series: str | None = Field(None, max_length=80)
    edition: str | None = Field(None, max_length=50)
    translation_of: str | None = Field(None, max_length=120)
    superseded_by: str | None = Field(None, max_length=120)
