"""The directories of the public site: organisations, topics, collections and countries.

Who is listed comes from the catalogue's own definitions (``Organisation.objects.public()``,
``Collection.objects.public()``, ``Resource.objects.published()``); counts are of published
resources. Every directory is a GET page whose state lives in the query string, paginated, and
a visitor's mistake there (an unknown kind, a page that does not exist) is a notice, never an error.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_safe

from lantern.catalog.models import (
    Collection,
    Country,
    Membership,
    Organisation,
    Resource,
    ResourcePublisher,
    Topic,
)
from lantern.lib.text import clean_text
from lantern.public import labels, links, pictures
from lantern.public.helplines import helplines
from lantern.public.pagecache import cached_page

PER_PAGE = 30
COUNTRIES_PER_PAGE = 120
TOPIC_GROUPS_PER_PAGE = 12
MAX_QUERY = 100
ORGANISATION_SORTS = ("name", "resources")


# --- shared ----------------------------------------------------------------------------------------
def paginate(request: HttpRequest, rows, per_page: int) -> tuple[object, list[str]]:
    """The asked page of ``rows``; a page that does not exist gives the nearest one and a warning."""
    paginator = Paginator(rows, per_page)
    raw = (request.GET.get("page") or "").strip()
    number = int(raw) if raw.isdigit() else 1
    page = paginator.get_page(number)
    warnings = []
    if raw and raw != str(page.number):
        warnings.append(
            _("There is no page “%(asked)s”; showing page %(page)s of %(pages)s.")
            % {"asked": raw[:20], "page": page.number, "pages": paginator.num_pages}
        )
    return page, warnings


def page_links(request: HttpRequest, page) -> dict:
    """Numbered links to the other pages, keeping the rest of the query string."""
    state = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        if key != "page":
            state.setlist(key, values[:5])

    def url(number: int) -> str:
        return links.href(request.path, links.with_page(state, number))

    last = page.paginator.num_pages
    numbers = links.page_window(page.number, last)
    return {
        "pages": [{"number": n, "url": url(n) if n else "", "current": n == page.number} for n in numbers]
        if last > 1
        else [],
        "previous_url": url(page.number - 1) if page.has_previous() else "",
        "next_url": url(page.number + 1) if page.has_next() else "",
    }


def published_counts_by_organisation() -> Subquery:
    """Each organisation's number of published resources, as a subquery on its ``pk``."""
    rows = (
        ResourcePublisher.objects.filter(organisation=OuterRef("pk"), resource__in=Resource.objects.published())
        .order_by()
        .values("organisation")
        .annotate(n=Count("resource", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def descendants(topic: Topic, topics: list[Topic]) -> set[int]:
    """The ids of ``topic`` and every narrower topic below it."""
    found, frontier = {topic.id}, [topic.id]
    while frontier:
        frontier = [t.id for t in topics if t.parent_id in frontier and t.id not in found]
        found.update(frontier)
    return found


# --- organisations ---------------------------------------------------------------------------------
def organisation_rows(params: QueryDict) -> tuple[QuerySet, dict]:
    """Public organisations narrowed by the query string, and the filters as understood.

    ``q`` matches a name, acronym or alias; ``kind``, ``country`` (ISO code of the organisation's
    seat), ``region`` (slug of its country's region) and ``topic`` (a topic or a narrower one on
    one of its published resources) narrow; ``sort`` is ``name`` or ``resources``. Unknown
    values are dropped and reported in ``ignored``.
    """
    rows = (
        Organisation.objects.public()
        .select_related("country")
        .annotate(resource_count=published_counts_by_organisation())
    )
    chosen: dict = {"ignored": []}
    query = " ".join(clean_text(params.get("q") or "").split())[:MAX_QUERY]  # no NUL reaches SQL
    if query:
        rows = rows.filter(Q(name__icontains=query) | Q(acronym__iexact=query) | Q(aliases__icontains=query))
    chosen["q"] = query
    rows = _by_kind(rows, params.get("kind"), chosen)
    rows = _by_place(rows, params.get("country"), params.get("region"), chosen)
    rows = _by_topic(rows, params.get("topic"), chosen)
    sort = params.get("sort") if params.get("sort") in ORGANISATION_SORTS else "name"
    chosen["sort"] = sort
    order = ("-resource_count", "name") if sort == "resources" else ("name",)
    return rows.order_by(*order), chosen


def _by_kind(rows: QuerySet, kind: str | None, chosen: dict) -> QuerySet:
    kinds = dict(Organisation.Kind.choices)
    if kind and kind in kinds:
        chosen["kind"] = kind
        return rows.filter(kind=kind)
    if kind:
        chosen["ignored"].append(_("kind “%(value)s”") % {"value": kind[:40]})
    return rows


def _by_place(rows: QuerySet, code: str | None, region: str | None, chosen: dict) -> QuerySet:
    if code:
        country = Country.objects.filter(code=code.upper()[:2]).first() if code.isalpha() else None
        if country:
            chosen["country"] = country.code
            rows = rows.filter(country=country)
        else:
            chosen["ignored"].append(_("country “%(value)s”") % {"value": code[:40]})
    if region:
        names = {slugify(name): name for name in labels.REGIONS}
        if region in names:
            chosen["region"] = region
            rows = rows.filter(country__region=names[region])
        else:
            chosen["ignored"].append(_("region “%(value)s”") % {"value": region[:40]})
    return rows


def _by_topic(rows: QuerySet, slug: str | None, chosen: dict) -> QuerySet:
    if not slug:
        return rows
    topics = list(Topic.objects.all())
    topic = next((t for t in topics if t.slug == slug), None)
    if topic is None:
        chosen["ignored"].append(_("topic “%(value)s”") % {"value": slug[:40]})
        return rows
    chosen["topic"] = topic.slug
    on_topic = Resource.objects.published().filter(topics__in=descendants(topic, topics))
    publishers = ResourcePublisher.objects.filter(resource__in=on_topic).values("organisation_id")
    return rows.filter(pk__in=publishers)


def organisation_filters(chosen: dict) -> dict:
    """The choices of the directory's filter form, each marked when selected."""
    public = Organisation.objects.public()
    kinds = [
        {"value": value, "label": label, "selected": chosen.get("kind") == value}
        for value, label in Organisation.Kind.choices
    ]
    codes = public.exclude(country=None).values_list("country__code", "country__name").distinct()
    countries = sorted(
        (
            {"value": code, "label": labels.country_name(name), "selected": chosen.get("country") == code}
            for code, name in codes
        ),
        key=lambda item: item["label"],
    )
    regions = [
        {"value": slugify(name), "label": labels.region_name(name), "selected": chosen.get("region") == slugify(name)}
        for name in labels.REGIONS
    ]
    topics = [
        {
            "value": t.slug,
            "label": ("— " if t.parent_id else "") + labels.topic_name(t),
            "selected": chosen.get("topic") == t.slug,
        }
        for t in topic_tree_order(list(Topic.objects.all()))
    ]
    return {"kinds": kinds, "countries": countries, "regions": regions, "topics": topics}


def organisations_by_country() -> list[tuple[str, str, int]]:
    """Countries with public organisations based there: (code, name in the visitor's language, count)."""
    rows = (
        Organisation.objects.public()
        .exclude(country=None)
        .order_by()
        .values_list("country__code", "country__name")
        .annotate(n=Count("id"))
        .order_by("-n", "country__name")
    )
    return [(code, labels.country_name(name), n) for code, name, n in rows]


@require_safe
@cached_page
def organisations(request: HttpRequest) -> HttpResponse:
    rows, chosen = organisation_rows(request.GET)
    page, warnings = paginate(request, rows, PER_PAGE)
    if chosen["ignored"]:
        warnings.insert(0, _("Not understood, so left out: %(values)s.") % {"values": ", ".join(chosen["ignored"])})
    by_country = organisations_by_country()
    context = {
        "page": page,
        "organisations": list(page.object_list),
        "chosen": chosen,
        "filters": organisation_filters(chosen),
        "warnings": warnings,
        "filtered": any(chosen.get(key) for key in ("q", "kind", "country", "region", "topic")),
        "world_map": pictures.linked_map(by_country, "public:organisations", "country"),
        "by_country": by_country,
        **page_links(request, page),
    }
    return render(request, "public/organisations.html", context)


# --- topics ------------------------------------------------------------------------------------------
def topic_tree_order(topics: list[Topic]) -> list[Topic]:
    """The vocabulary depth first: each broader topic followed by its narrower ones, by position."""
    children: dict[int | None, list[Topic]] = {}
    for topic in sorted(topics, key=lambda t: (t.position, t.name)):
        children.setdefault(topic.parent_id, []).append(topic)
    ordered: list[Topic] = []

    def walk(parent_id: int | None) -> None:
        for topic in children.get(parent_id, []):
            if topic.id not in {t.id for t in ordered}:
                ordered.append(topic)
                walk(topic.id)

    walk(None)
    return ordered


def topic_tree(topics: list[Topic]) -> list[dict]:
    """Top-level topics as nested nodes: each with its published-resource count, counted once
    for the topic and everything below it (``count``) and for the topic itself (``direct``)."""
    through = Resource.topics.through.objects.filter(resource__in=Resource.objects.published()).order_by()
    pairs = list(through.values_list("topic_id", "resource_id"))
    by_topic: dict[int, set[int]] = {}
    for topic_id, resource_id in pairs:
        by_topic.setdefault(topic_id, set()).add(resource_id)
    children: dict[int | None, list[Topic]] = {}
    for topic in sorted(topics, key=lambda t: (t.position, t.name)):
        children.setdefault(topic.parent_id, []).append(topic)

    def node(topic: Topic, seen: frozenset) -> dict:
        below = [node(child, seen | {topic.id}) for child in children.get(topic.id, []) if child.id not in seen]
        resources = set(by_topic.get(topic.id, set()))
        for child in below:
            resources |= child["resources"]
        return {
            "topic": topic,
            "direct": len(by_topic.get(topic.id, ())),
            "count": len(resources),
            "children": below,
            "resources": resources,
        }

    return [node(topic, frozenset()) for topic in children.get(None, [])]


@require_safe
@cached_page
def topics(request: HttpRequest) -> HttpResponse:
    groups = topic_tree(list(Topic.objects.all()))
    page, warnings = paginate(request, groups, TOPIC_GROUPS_PER_PAGE)
    context = {"page": page, "groups": list(page.object_list), "warnings": warnings, **page_links(request, page)}
    return render(request, "public/topics.html", context)


# --- collections -------------------------------------------------------------------------------------
@require_safe
@cached_page
def collections(request: HttpRequest) -> HttpResponse:
    counts = (
        Resource.collections.through.objects.filter(
            collection=OuterRef("pk"), resource__in=Resource.objects.published()
        )
        .order_by()
        .values("collection")
        .annotate(n=Count("resource", distinct=True))
        .values("n")
    )
    rows = (
        Collection.objects.public()
        .annotate(resource_count=Subquery(counts, output_field=IntegerField()))
        .order_by("name")
    )
    page, warnings = paginate(request, rows, PER_PAGE)
    context = {"page": page, "collections": list(page.object_list), "warnings": warnings, **page_links(request, page)}
    return render(request, "public/collections.html", context)


# --- countries ---------------------------------------------------------------------------------------
def country_rows() -> list[dict]:
    """Every country with published resources: code, names, region, counts and its help lines,
    ordered by region then by name in the visitor's language."""
    resources = (
        Resource.countries.through.objects.filter(resource__in=Resource.objects.published())
        .order_by()
        .values_list("country__code", "country__name", "country__region")
        .annotate(n=Count("resource", distinct=True))
    )
    organisations = dict(
        Organisation.objects.public()
        .exclude(country=None)
        .order_by()
        .values_list("country__code")
        .annotate(n=Count("id"))
    )
    lines: dict[str, list] = {}
    for line in helplines():
        lines.setdefault(line.country, []).append(line)
    rows = [
        {
            "code": code,
            "label": labels.country_name(name),
            "region": region,
            "region_label": labels.region_name(region) if region else pgettext("region", "Other"),
            "count": n,
            "organisations": organisations.get(code, 0),
            "helplines": lines.get(code, []),
        }
        for code, name, region, n in resources
    ]
    order = list(labels.REGIONS)
    return sorted(rows, key=lambda r: (order.index(r["region"]) if r["region"] in order else len(order), r["label"]))


def by_region(rows: list[dict]) -> list[dict]:
    groups: list[dict] = []
    for row in rows:
        if not groups or groups[-1]["region"] != row["region"]:
            groups.append({"region": row["region"], "label": row["region_label"], "countries": []})
        groups[-1]["countries"].append(row)
    return groups


@require_safe
@cached_page
def countries(request: HttpRequest) -> HttpResponse:
    rows = country_rows()
    page, warnings = paginate(request, rows, COUNTRIES_PER_PAGE)
    by_count = sorted(((r["code"], r["label"], r["count"]) for r in rows), key=lambda r: (-r[2], r[1]))
    context = {
        "page": page,
        "regions": by_region(list(page.object_list)),
        "warnings": warnings,
        "world_map": pictures.linked_map(by_count, "public:country"),
        "total": len(rows),
        **page_links(request, page),
    }
    return render(request, "public/countries.html", context)


# --- one organisation's partnerships and co-publishers ------------------------------------------------
WORKS_WITH = 12


def organisation_relations(org: Organisation) -> dict:
    """Who ``org`` works with, as public pages may name them.

    ``members``: public members, when ``org`` is a partnership; ``partnerships``: public
    partnerships it belongs to; ``works_with``: public organisations that co-published its
    published resources, most shared first, with the number shared.
    """
    public = Organisation.objects.public()
    members = (
        Membership.objects.filter(partnership=org, member__in=public).select_related("member").order_by("member__name")
    )
    partnerships = (
        Membership.objects.filter(member=org, partnership__in=public)
        .select_related("partnership")
        .order_by("partnership__name")
    )
    shared = Resource.objects.published().filter(publishers=org)
    works_with = (
        ResourcePublisher.objects.filter(resource__in=shared)
        .exclude(organisation=org)
        .order_by()
        .values_list("organisation__slug", "organisation__name")
        .annotate(n=Count("resource", distinct=True))
        .order_by("-n", "organisation__name")[:WORKS_WITH]
    )
    return {
        "members": list(members),
        "partnerships": list(partnerships),
        "works_with": [{"slug": slug, "name": name, "count": n} for slug, name, n in works_with],
    }
