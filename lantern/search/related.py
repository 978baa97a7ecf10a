"""Related resources. For now: shared topics (and countries), excluding other versions of the
same work — editions and translations are shown in their own place, not as "related"."""

from __future__ import annotations

from django.db.models import Count, F, Q

from lantern.catalog.models import Resource


def same_work_ids(resource: Resource) -> set[int]:
    """Ids of translations and editions of this resource (and itself)."""
    work = {resource.id, resource.translation_of_id or resource.id}
    if resource.series_id:
        work |= set(Resource.objects.filter(series_id=resource.series_id).values_list("id", flat=True))
    # Translations of any of these (and the originals they translate) are the same work too.
    return work | set(
        Resource.objects.filter(Q(translation_of_id__in=work) | Q(translations__id__in=work)).values_list(
            "id", flat=True
        )
    )


def related(resource: Resource, limit: int = 4) -> list[Resource]:
    topic_ids = list(resource.topics.values_list("id", flat=True))
    country_ids = list(resource.countries.values_list("code", flat=True))
    if not topic_ids and not country_ids:
        return []
    return list(
        Resource.objects.published()
        .exclude(id__in=same_work_ids(resource))
        .annotate(
            shared_topics=Count("topics", filter=Q(topics__in=topic_ids), distinct=True),
            shared_countries=Count("countries", filter=Q(countries__in=country_ids), distinct=True),
        )
        .filter(Q(shared_topics__gt=0) | Q(shared_countries__gt=0))
        .order_by(
            F("shared_topics").desc(), F("shared_countries").desc(), F("published_date").desc(nulls_last=True), "id"
        )
        .for_listing()[:limit]
    )
