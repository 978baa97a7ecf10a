"""Linking two resources as a curator accepts a proposed relation: editions of one series
(the older superseded by the newer), a translation of an original, a part of a larger work."""

from __future__ import annotations

from lantern.catalog.models import Resource, Series
from lantern.catalog.signals import resource_changed
from lantern.curation.likeness import normalise

KINDS = ("edition", "translation", "part")
_PARTISH = ("summary", "annex", "appendix", "chapter", "fact sheet", "factsheet", "key findings", "résumé", "resumen")


def _older_first(a: Resource, b: Resource) -> tuple[Resource, Resource]:
    first, second = sorted((a, b), key=lambda r: (r.published_date is None, str(r.published_date or ""), r.pk))
    return first, second


def link(a: Resource, b: Resource, kind: str, user=None) -> None:
    from django.db import transaction

    with transaction.atomic():
        _link(a, b, kind, user)


def _link(a: Resource, b: Resource, kind: str, user=None) -> None:
    if kind == "edition":
        older, newer = _older_first(a, b)
        series = (
            older.series
            or newer.series
            or Series.objects.create(
                name=newer.title[:200],
                slug=_free_slug(normalise(newer.title).replace(" ", "-")[:70] or f"series-{newer.pk}"),
            )
        )
        for resource in (older, newer):
            resource.series = series
        older.superseded_by = newer
    elif kind == "translation":
        original, translation = _older_first(a, b)
        if translation.languages.filter(code="en").exists() and not original.languages.filter(code="en").exists():
            original, translation = translation, original  # an English original is the usual case in this field
        translation.translation_of = original
    elif kind == "part":
        part, whole = (a, b) if any(w in a.title.lower() for w in _PARTISH) else (b, a)
        part.part_of = whole
    else:
        raise ValueError(f"unknown relation {kind!r}")
    for resource in (a, b):
        resource.save()
    for resource in (a, b):  # only once both are linked, or the check on save would propose them again
        resource_changed.send(sender=Resource, resource=resource, user=user, source=f"linked as {kind}")


def _free_slug(base: str) -> str:
    slug, n = base, 2
    while Series.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
