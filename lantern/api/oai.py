"""OAI-PMH 2.0 provider at ``/oai``.

Records are published resources; withdrawn ones are announced as deleted (``deletedRecord``
is ``transient``: a resource sent back to draft simply disappears). Identifiers are
``oai:{repository id}:{slug}``; datestamps are ``updated_at`` at seconds granularity. Sets are
``collection:{slug}`` and ``type:{type}`` (with ``collection`` and ``type`` as their parents).
Resumption tokens are stateless: they carry the request and the last (datestamp, id) seen, so
they survive restarts and several server processes. Metadata format: ``oai_dc``.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import xml.etree.ElementTree as ET

from django.conf import settings
from django.db.models import Min, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from lantern.catalog.models import Collection, Resource
from lantern.catalog.records import records_queryset, to_record

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
FORMATS = {"oai_dc": ("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC)}
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
VERBS = {
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), {"resumptionToken"}),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set", "resumptionToken"}),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set", "resumptionToken"}),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
}
VISIBLE = (Resource.Status.PUBLISHED, Resource.Status.WITHDRAWN)

for prefix, uri in (("oai_dc", OAI_DC), ("dc", DC), ("xsi", XSI)):
    ET.register_namespace(prefix, uri)
ET.register_namespace("", OAI)


class OAIError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


def _q(tag: str, ns: str = OAI) -> str:
    return f"{{{ns}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, ns: str = OAI, **attrs) -> ET.Element:
    element = ET.SubElement(parent, _q(tag, ns), attrs)
    if text is not None:
        element.text = text
    return element


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def repository_id(request: HttpRequest | None = None) -> str:
    """The hub's name in OAI identifiers: a setting, never the host a request came by."""
    return settings.LANTERN_OAI_REPOSITORY_ID


def oai_identifier(request: HttpRequest, slug: str) -> str:
    return f"oai:{repository_id(request)}:{slug}"


# --- the view ------------------------------------------------------------------------------------
@csrf_exempt
def oai(request: HttpRequest) -> HttpResponse:
    params = request.POST if request.method == "POST" else request.GET
    root = ET.Element(
        _q("OAI-PMH"), {_q("schemaLocation", XSI): f"{OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"}
    )
    _sub(root, "responseDate", _stamp(timezone.now()))
    request_el = _sub(root, "request", request.build_absolute_uri(reverse("api:oai")))
    if request.method not in {"GET", "POST"}:
        _sub(root, "error", "Use GET or POST.", code="badVerb")
        return _xml(root, status=405)
    try:
        args = _arguments(params)
        for name, value in args.items():
            request_el.set(name, value)
        verb = args.pop("verb")
        handler = globals()[f"_{verb}"]
        root.append(handler(request, args))
    except OAIError as exc:
        if exc.code in {"badVerb", "badArgument"}:
            request_el.attrib.clear()  # the protocol: no attributes when the request itself is bad
        _sub(root, "error", exc.message, code=exc.code)
    return _xml(root)


def _xml(root: ET.Element, status: int = 200) -> HttpResponse:
    body = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return HttpResponse(body, content_type="text/xml; charset=utf-8", status=status)


def _arguments(params) -> dict[str, str]:
    verbs = params.getlist("verb")
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise OAIError("badVerb", "Missing, repeated or unknown verb." if verbs else "No verb given.")
    required, optional = VERBS[verbs[0]]
    args = {"verb": verbs[0]}
    for name in params:
        values = params.getlist(name)
        if name == "verb":
            continue
        if name not in required | optional:
            raise OAIError("badArgument", f"Illegal argument {name!r} for {verbs[0]}.")
        if len(values) != 1:
            raise OAIError("badArgument", f"Argument {name!r} is repeated.")
        args[name] = values[0]
    if "resumptionToken" in args:
        if len(args) > 2:
            raise OAIError("badArgument", "resumptionToken is an exclusive argument.")
        return args
    missing = required - set(args)
    if missing:
        raise OAIError("badArgument", f"Missing required argument(s): {', '.join(sorted(missing))}.")
    return args


# --- verbs ---------------------------------------------------------------------------------------
def _Identify(request: HttpRequest, args: dict) -> ET.Element:  # noqa: N802 - named by the protocol
    element = ET.Element(_q("Identify"))
    _sub(element, "repositoryName", settings.LANTERN_SITE_NAME)
    _sub(element, "baseURL", request.build_absolute_uri(reverse("api:oai")))
    _sub(element, "protocolVersion", "2.0")
    _sub(element, "adminEmail", settings.LANTERN_OAI_ADMIN_EMAIL or f"admin@{repository_id(request)}")
    earliest = Resource.objects.filter(status__in=VISIBLE).aggregate(m=Min("updated_at"))["m"]
    _sub(element, "earliestDatestamp", _stamp(earliest or timezone.now()))
    _sub(element, "deletedRecord", "transient")
    _sub(element, "granularity", GRANULARITY)
    description = _sub(element, "description")
    ns = "http://www.openarchives.org/OAI/2.0/oai-identifier"
    ident = ET.SubElement(description, f"{{{ns}}}oai-identifier")
    for tag, text in (
        ("scheme", "oai"),
        ("repositoryIdentifier", repository_id(request)),
        ("delimiter", ":"),
        ("sampleIdentifier", oai_identifier(request, "a-resource")),
    ):
        ET.SubElement(ident, f"{{{ns}}}{tag}").text = text
    return element


def _ListMetadataFormats(request: HttpRequest, args: dict) -> ET.Element:  # noqa: N802
    if "identifier" in args:
        _resource(request, args["identifier"])
    element = ET.Element(_q("ListMetadataFormats"))
    for prefix, (schema, namespace) in FORMATS.items():
        fmt = _sub(element, "metadataFormat")
        _sub(fmt, "metadataPrefix", prefix)
        _sub(fmt, "schema", schema)
        _sub(fmt, "metadataNamespace", namespace)
    return element


def all_sets() -> list[tuple[str, str]]:
    """The sets a harvester may ask for: every type, and the collections the public may see."""
    sets = [("collection", "Collections"), ("type", "Types of resource")]
    sets += [(f"collection:{c.slug}", c.name) for c in Collection.objects.public().order_by("slug")]
    sets += [(f"type:{value}", str(label)) for value, label in Resource.Type.choices]
    return sets


def _ListSets(request: HttpRequest, args: dict) -> ET.Element:  # noqa: N802
    if "resumptionToken" in args:
        raise OAIError("badResumptionToken", "ListSets answers in one response; no token is valid.")
    element = ET.Element(_q("ListSets"))
    for spec, name in all_sets():
        item = _sub(element, "set")
        _sub(item, "setSpec", spec)
        _sub(item, "setName", name)
    return element


def _GetRecord(request: HttpRequest, args: dict) -> ET.Element:  # noqa: N802
    _check_prefix(args["metadataPrefix"])
    resource = _resource(request, args["identifier"])
    element = ET.Element(_q("GetRecord"))
    element.append(_record(request, resource))
    return element


def _ListIdentifiers(request: HttpRequest, args: dict) -> ET.Element:  # noqa: N802
    return _list(request, args, headers_only=True)


def _ListRecords(request: HttpRequest, args: dict) -> ET.Element:  # noqa: N802
    return _list(request, args, headers_only=False)


# --- listing -------------------------------------------------------------------------------------
def _list(request: HttpRequest, args: dict, headers_only: bool) -> ET.Element:
    verb = "ListIdentifiers" if headers_only else "ListRecords"
    state = _decode_token(args["resumptionToken"]) if "resumptionToken" in args else _new_state(args)
    _check_prefix(state["metadataPrefix"])
    queryset = _selection(state)
    # The whole list's size, counted on every page (records may change between pages).
    total = queryset.count()
    if "after" in state:
        stamp, last_id = dt.datetime.fromisoformat(state["after"][0]), state["after"][1]
        queryset = queryset.filter(Q(updated_at__gt=stamp) | Q(updated_at=stamp, id__gt=last_id))
    size = settings.LANTERN_OAI_PAGE_SIZE
    rows = list(records_queryset(queryset).order_by("updated_at", "id")[: size + 1])
    if not rows and "after" not in state:
        raise OAIError("noRecordsMatch", "No records match the request.")
    element = ET.Element(_q(verb))
    for resource in rows[:size]:
        element.append(_header(request, resource) if headers_only else _record(request, resource))
    cursor = state.get("cursor", 0)
    if len(rows) > size or "after" in state:
        token = ""
        if len(rows) > size:
            last = rows[size - 1]
            token = _encode_token({**state, "after": [last.updated_at.isoformat(), last.id], "cursor": cursor + size})
        _sub(element, "resumptionToken", token, completeListSize=str(total), cursor=str(cursor))
    return element


def _new_state(args: dict) -> dict:
    state = {"metadataPrefix": args["metadataPrefix"]}
    bounds = {name: _parse_date(name, args[name]) for name in ("from", "until") if name in args}
    if len(bounds) == 2:
        if len(args["from"]) != len(args["until"]):
            raise OAIError("badArgument", "from and until must have the same granularity.")
        if bounds["from"][0] > bounds["until"][0]:
            raise OAIError("badArgument", "from is later than until.")
    for name, (moment, _) in bounds.items():
        state[name] = moment.isoformat()
    if "until" in bounds and bounds["until"][0] < dt.datetime.max.replace(tzinfo=dt.UTC) - bounds["until"][1]:
        # Until the last day a date can hold has no end to exclude: it bounds nothing.
        state["until_exclusive"] = (bounds["until"][0] + bounds["until"][1]).isoformat()
    if "set" in args:
        if args["set"] not in {spec for spec, _ in all_sets()}:
            raise OAIError("noRecordsMatch", f"No set {args['set']!r}.")
        state["set"] = args["set"]
    return state


def _parse_date(name: str, value: str) -> tuple[dt.datetime, dt.timedelta]:
    """A UTC moment and the span it covers (a day, or a second)."""
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), dt.timedelta(days=1)
        if len(value) == 20 and value.endswith("Z"):
            moment = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
            return moment, dt.timedelta(seconds=1)
    except ValueError:
        pass
    raise OAIError("badArgument", f"{name} must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.")


def _selection(state: dict) -> QuerySet[Resource]:
    queryset = Resource.objects.filter(status__in=VISIBLE)
    if "from" in state:
        queryset = queryset.filter(updated_at__gte=dt.datetime.fromisoformat(state["from"]))
    if "until_exclusive" in state:
        queryset = queryset.filter(updated_at__lt=dt.datetime.fromisoformat(state["until_exclusive"]))
    spec = state.get("set", "")
    if spec == "collection":
        queryset = queryset.filter(collections__isnull=False).distinct()
    elif spec.startswith("collection:"):
        queryset = queryset.filter(collections__slug=spec.split(":", 1)[1])
    elif spec.startswith("type:"):
        queryset = queryset.filter(type=spec.split(":", 1)[1])
    return queryset


def _encode_token(state: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_token(token: str) -> dict:
    try:
        state = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        after = state["after"]
        int(after[1])
        if not isinstance(state["metadataPrefix"], str) or not isinstance(state.get("cursor", 0), int):
            raise ValueError("bad state")
        if not isinstance(state.get("set", ""), str) or "\x00" in state.get("set", ""):
            raise ValueError("bad set")
        # Tokens this server writes carry moments with their time zone; others were made by hand.
        for moment in [after[0], *(state[name] for name in ("from", "until_exclusive") if name in state)]:
            if dt.datetime.fromisoformat(moment).tzinfo is None:
                raise ValueError("a moment without a time zone")
        return state
    except (ValueError, TypeError, KeyError, IndexError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise OAIError("badResumptionToken", "The resumption token is invalid or has expired.") from exc


def _check_prefix(prefix: str) -> None:
    if prefix not in FORMATS:
        raise OAIError("cannotDisseminateFormat", f"Metadata format {prefix!r} is not supported; use oai_dc.")


def _resource(request: HttpRequest, identifier: str) -> Resource:
    prefix = f"oai:{repository_id(request)}:"
    slug = identifier[len(prefix) :] if identifier.startswith(prefix) else None
    found = records_queryset(Resource.objects.filter(status__in=VISIBLE)).filter(slug=slug).first() if slug else None
    if found is None:
        raise OAIError("idDoesNotExist", f"No record {identifier!r} in this repository.")
    return found


# --- records -------------------------------------------------------------------------------------
def _header(request: HttpRequest, resource: Resource) -> ET.Element:
    attrs = {"status": "deleted"} if resource.status == Resource.Status.WITHDRAWN else {}
    header = ET.Element(_q("header"), attrs)
    _sub(header, "identifier", oai_identifier(request, resource.slug))
    _sub(header, "datestamp", _stamp(resource.updated_at))
    _sub(header, "setSpec", f"type:{resource.type}")
    collections = resource.collections.all()
    if resource.status != Resource.Status.PUBLISHED:
        # A withdrawn record's collections may hold nothing published any more: name public ones only.
        collections = collections.public()
    for collection in collections:
        _sub(header, "setSpec", f"collection:{collection.slug}")
    return header


def _record(request: HttpRequest, resource: Resource) -> ET.Element:
    record = ET.Element(_q("record"))
    record.append(_header(request, resource))
    if resource.status != Resource.Status.WITHDRAWN:
        metadata = _sub(record, "metadata")
        metadata.append(oai_dc(request, resource))
    return record


def oai_dc(request: HttpRequest, resource: Resource) -> ET.Element:
    """Simple Dublin Core of a resource, from its canonical record."""
    data = to_record(resource)
    root = ET.Element(
        _q("dc", OAI_DC), {_q("schemaLocation", XSI): f"{OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"}
    )

    def add(tag: str, value: str) -> None:
        if value:
            ET.SubElement(root, _q(tag, DC)).text = value

    add("title", data["title"])
    for name in data["authors"]:
        add("creator", name)
    for name in data["publishers"]:
        add("publisher", name)
    add("date", data["date"])
    add("type", "Text" if data["type"] != "multimedia" else "MovingImage")
    add("type", data["type"])
    add("description", data["summary"] or data["teaser"])
    for topic in resource.topics.all():
        add("subject", topic.name)
    for code in data["languages"]:
        add("language", code)
    for code in data["countries"]:
        add("coverage", code)
    add("identifier", request.build_absolute_uri(resource.get_absolute_url()))
    if data["doi"]:
        add("identifier", f"https://doi.org/{data['doi']}")
    if data["isbn"]:
        add("identifier", f"urn:isbn:{data['isbn']}")
    add("source", data["source_url"])
    for attachment in resource.attachments.all():
        url = (
            request.build_absolute_uri(reverse("public:download", args=[resource.slug, attachment.pk]))
            if attachment.file
            else attachment.url
        )
        add("relation", url)
    add("rights", data["licence"])
    return root
