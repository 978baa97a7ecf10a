"""One work, one card: the translations and editions of a work are one result on a result page.

A work's translations point to its original (``translation_of``); its editions share a series.
On a page of results, the first (best ranked) version of a work stands for the others, and its
card says "also in French, Spanish" and "3 editions", with links. Editions are left apart when
the visitor asks for a year (a year filter, or a year in the query), since the year then picks
one; translations when the visitor filters by language (the other languages are not asked for).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count

from lantern.catalog.models import Resource

# One query each for the page's translations and editions, whatever the number of cards.
MAX_LANGUAGES = 6


@dataclass
class Versions:
    """The other published versions of one resource's work."""

    languages: list[tuple[str, str, str]] = field(default_factory=list)  # (code, English name, url)
    editions: int = 0  # published editions in its series, itself included (0: no series)


def work_of(resource: Resource) -> int:
    """The id of the original that ``resource`` and its translations share."""
    return resource.translation_of_id or resource.id


def group(hits: list, *, editions_apart: bool, languages_apart: bool) -> list:
    """``hits`` (each with ``.resource``) in order, without the later versions of a work already listed."""
    seen_works: set[int] = set()
    seen_series: set[int] = set()
    kept = []
    for hit in hits:
        resource = hit.resource
        work = work_of(resource)
        if not languages_apart and work in seen_works:
            continue
        if not editions_apart and resource.series_id and resource.series_id in seen_series:
            continue
        seen_works.add(work)
        if resource.series_id:
            seen_series.add(resource.series_id)
        kept.append(hit)
    return kept


def versions(resources: list[Resource]) -> dict[int, Versions]:
    """Each resource's other published translations (with their language) and its series' size."""
    found = {resource.id: Versions() for resource in resources}
    if not resources:
        return found
    published = Resource.objects.published().order_by()
    works = {work_of(resource) for resource in resources}
    # Two look-ups by indexed ids, the visibility rule applied to the rows found: with it in the
    # WHERE clause (or with one OR of the two) SQLite read every published row.
    columns = ("id", "translation_of_id", "slug")
    members = list(published.filter(id__in=works).values_list(*columns))
    translated = Resource.objects.order_by().filter(translation_of_id__in=works).values_list("id", flat=True)
    members += published.filter(id__in=list(translated)).values_list(*columns)
    by_work: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for rid, original, slug in members:
        by_work[original or rid].append((rid, slug))
    codes = defaultdict(list)
    for rid, code, name in Resource.languages.through.objects.filter(
        resource_id__in=[rid for rid, _, _ in members]
    ).values_list("resource_id", "language__code", "language__name"):
        codes[rid].append((code, name))
    for resource in resources:
        own = {code for code, _ in codes.get(resource.id, [])}
        others = []
        for rid, slug in by_work.get(work_of(resource), []):
            if rid == resource.id:
                continue
            for code, name in codes.get(rid, []):
                if code not in own and all(code != seen for seen, _, _ in others):
                    others.append((code, name, Resource(slug=slug).get_absolute_url()))
        found[resource.id].languages = sorted(others)[:MAX_LANGUAGES]
    series = {resource.series_id for resource in resources if resource.series_id}
    if series:
        sizes = dict(
            published.filter(series_id__in=series)
            .values_list("series_id")
            .annotate(n=Count("id"))
            .values_list("series_id", "n")
        )
        for resource in resources:
            if resource.series_id:
                found[resource.id].editions = sizes.get(resource.series_id, 0)
    return found
