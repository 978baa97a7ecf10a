"""The catalogue: resources and what describes them. The one definition of "published" lives in
``resources`` (``Resource.objects.published()``, ``published_q``, ``published_sql``).

The models are kept by area in the modules of this package and imported from here, as
``from lantern.catalog.models import Resource``: ``vocabulary`` (countries, languages, topics),
``agents`` (organisations, partnerships, people), ``resources`` (resources, their publishers,
authors and identifiers, collections, series), ``files`` (files and their pages of text) and
``versions`` (the catalogue's version, which caches key on).
"""

from lantern.catalog.models.agents import Membership, Organisation, OrganisationQuerySet, Person
from lantern.catalog.models.files import Attachment, Page, attachment_path
from lantern.catalog.models.resources import (
    Collection,
    CollectionQuerySet,
    Identifier,
    Resource,
    ResourceAuthor,
    ResourcePublisher,
    ResourceQuerySet,
    Series,
    published_q,
    published_sql,
)
from lantern.catalog.models.versions import CatalogueVersion
from lantern.catalog.models.vocabulary import Country, Language, Topic

__all__ = [
    "Attachment",
    "CatalogueVersion",
    "Collection",
    "CollectionQuerySet",
    "Country",
    "Identifier",
    "Language",
    "Membership",
    "Organisation",
    "OrganisationQuerySet",
    "Page",
    "Person",
    "Resource",
    "ResourceAuthor",
    "ResourcePublisher",
    "ResourceQuerySet",
    "Series",
    "Topic",
    "attachment_path",
    "published_q",
    "published_sql",
]
