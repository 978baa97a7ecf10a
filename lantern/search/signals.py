"""Every save and delete in the catalogue reaches the search index."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from lantern.catalog import models as catalog
from lantern.catalog import versions
from lantern.catalog.signals import resources_changed
from lantern.search import index


def _resource_saved(sender, instance, **kwargs) -> None:
    if not kwargs.get("raw"):
        index.schedule([instance.pk])


def _resources_written(sender, resources, **kwargs) -> None:
    """Resources inserted in bulk (no post_save): their documents, once per batch."""
    index.schedule([r.pk for r in resources])


def _resource_deleting(sender, instance, **kwargs) -> None:
    index.forget(instance.pk)


def _resource_deleted(sender, instance, **kwargs) -> None:
    index.forgotten(instance.pk)


def _link_changed(sender, instance, **kwargs) -> None:
    if not kwargs.get("raw") and instance.resource_id:
        index.schedule([instance.resource_id])


def _m2m_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        index.schedule([instance.pk])
    elif pk_set:
        index.schedule(pk_set)


def _term_saved(sender, instance, **kwargs) -> None:
    """A renamed topic, organisation, country… changes the text of every resource using it."""
    if not kwargs.get("raw") and instance.pk:
        index.schedule(instance.resources.values_list("id", flat=True))


def connect() -> None:
    from lantern.search.models import SearchDocument, ThesaurusEntry

    versions.follow(SearchDocument)  # what search finds is on the public pages
    versions.follow(ThesaurusEntry, "thesaurus")
    post_save.connect(_resource_saved, sender=catalog.Resource, dispatch_uid="search_resource_saved")
    resources_changed.connect(_resources_written, dispatch_uid="search_resources_written")
    pre_delete.connect(_resource_deleting, sender=catalog.Resource, dispatch_uid="search_resource_deleting")
    post_delete.connect(_resource_deleted, sender=catalog.Resource, dispatch_uid="search_resource_deleted")
    for model in (catalog.ResourcePublisher, catalog.ResourceAuthor, catalog.Identifier):
        post_save.connect(_link_changed, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
        post_delete.connect(_link_changed, sender=model, dispatch_uid=f"search_{model.__name__}_deleted")
    for field in ("topics", "countries", "languages", "collections"):
        through = getattr(catalog.Resource, field).through
        m2m_changed.connect(_m2m_changed, sender=through, dispatch_uid=f"search_{field}_changed")
    for model in (catalog.Topic, catalog.Organisation, catalog.Country, catalog.Collection, catalog.Person):
        post_save.connect(_term_saved, sender=model, dispatch_uid=f"search_{model.__name__}_term")
