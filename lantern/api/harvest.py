"""OAI-PMH harvester: another repository's records become draft resources, incrementally and idempotently.

- Identity: a record is its OAI identifier. A harvested resource remembers that identifier and the
  base URL in ``provenance_detail`` (``provenance`` = harvest), so a second run updates it instead
  of making a copy, and two records of one repository that share a source URL or DOI stay two
  resources. A record whose source URL or DOI is already in the hub under a resource that did not
  come from this repository is skipped and reported, never merged into curated work.
- Incremental: without ``--from``, a run asks only for what changed since the repository's own
  ``responseDate`` at the start of the last complete run (kept in ``HarvestSource``).
- Deleted records withdraw the harvested resource (with the reason), never delete it.
- New resources are drafts; an update never changes a resource's status.
- Responses are parsed with defusedxml; only the repository's URL is requested (file links are
  recorded as links, not downloaded), through lantern.lib.netguard: a repository on, or
  redirecting to, a loopback or private address is refused before anything is sent, and an
  answer is read up to ``MAX_RESPONSE_BYTES``.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from lantern.api.models import HarvestSource
from lantern.catalog.models import Resource
from lantern.catalog.records import RecordError
from lantern.catalog.writer import RecordWriter
from lantern.ingest.formats import resolve_vocabulary
from lantern.lib import netguard
from lantern.lib.citations import LANTERN_TYPES
from lantern.lib.netguard import NetError
from lantern.search import index

OAI = "{http://www.openarchives.org/OAI/2.0/}"
DC = "{http://purl.org/dc/elements/1.1/}"
MAX_RESPONSE_BYTES = 50_000_000
MAX_PAGES = 10_000


class HarvestError(Exception):
    pass


@dataclass
class HarvestReport:
    created: int = 0
    updated: int = 0
    withdrawn: int = 0
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    from_date: str = ""

    def as_dict(self) -> dict:
        return {
            "created": self.created,
            "updated": self.updated,
            "withdrawn": self.withdrawn,
            "skipped": self.skipped,
            "errors": self.errors,
            "warnings": self.warnings,
            "from": self.from_date,
        }


def fetch(base_url: str, params: dict) -> SafeET.Element:
    url = base_url + ("&" if "?" in base_url else "?") + urllib.parse.urlencode(params)
    try:
        answer = netguard.fetch(
            "GET",
            url,
            timeout=settings.LANTERN_HARVEST_TIMEOUT,
            max_redirects=settings.LANTERN_INGEST_MAX_REDIRECTS,
            max_bytes=MAX_RESPONSE_BYTES,
            headers={"User-Agent": "Lantern OAI-PMH harvester", "Accept": "text/xml, application/xml"},
        )
    except NetError as exc:
        raise HarvestError(f"cannot harvest {base_url}: {exc}") from exc
    if answer.status != 200:
        raise HarvestError(f"{base_url} answered HTTP {answer.status}")
    data = answer.body
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except (SafeET.ParseError, DefusedXmlException, ValueError) as exc:
        raise HarvestError(f"the repository did not answer with OAI-PMH XML: {exc}") from exc


def harvest(base_url: str, set_spec: str = "", from_date: str = "", progress=None) -> HarvestReport:
    """Harvest ``base_url`` (oai_dc); see the module docstring for the rules."""
    source, _ = HarvestSource.objects.get_or_create(base_url=base_url, set_spec=set_spec)
    report = HarvestReport(from_date=from_date or source.last_response_date)
    params = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
    if set_spec:
        params["set"] = set_spec
    if report.from_date:
        params["from"] = report.from_date
    writer = RecordWriter(default_status=Resource.Status.DRAFT, provenance=Resource.Provenance.HARVEST)
    started = ""
    for _page in range(MAX_PAGES):
        root = fetch(base_url, params)
        started = started or _text(root, f"{OAI}responseDate")
        error = root.find(f"{OAI}error")
        if error is not None:
            if error.get("code") == "noRecordsMatch":
                break
            raise HarvestError(f"the repository answered {error.get('code')}: {(error.text or '').strip()}")
        listing = root.find(f"{OAI}ListRecords")
        if listing is None:
            raise HarvestError("the repository's answer has no ListRecords")
        with transaction.atomic(), index.deferred():  # a page's records and their search documents at once
            for record in listing.findall(f"{OAI}record"):
                _harvest_record(base_url, record, writer, report)
                if progress:
                    progress(1)
        token = _text(listing, f"{OAI}resumptionToken")
        if not token:
            break
        params = {"verb": "ListRecords", "resumptionToken": token}
    source.last_response_date = _granular(started, report.from_date)
    source.last_run_at = timezone.now()
    source.last_report = report.as_dict()
    source.save()
    return report


def _granular(stamp: str, previous: str) -> str:
    """The next ``from``: the response date, at day granularity if that is what the last one used."""
    if len(previous) == 10:
        return stamp[:10]
    return stamp


def _text(element, path: str) -> str:
    found = element.find(path)
    return (found.text or "").strip() if found is not None and found.text else ""


def _all(element, tag: str) -> list[str]:
    return [(e.text or "").strip() for e in element.findall(f".//{DC}{tag}") if (e.text or "").strip()]


def _detail(base_url: str, identifier: str) -> str:
    return f"{identifier} from {base_url}"[:500]


def _harvest_record(base_url: str, record, writer: RecordWriter, report: HarvestReport) -> None:
    header = record.find(f"{OAI}header")
    identifier = _text(header, f"{OAI}identifier") if header is not None else ""
    if not identifier:
        report.errors.append("a record without an identifier was skipped")
        return
    existing = Resource.objects.filter(
        provenance=Resource.Provenance.HARVEST, provenance_detail=_detail(base_url, identifier)
    ).first()
    if header.get("status") == "deleted":
        if existing and existing.status != Resource.Status.WITHDRAWN:
            existing.status = Resource.Status.WITHDRAWN
            existing.withdrawn_reason = "Deleted in the repository it was harvested from."
            existing.save()
            report.withdrawn += 1
        return
    data = from_oai_dc(record)
    if not data.get("title"):
        report.errors.append(f"{identifier}: no title")
        return
    data, warnings = resolve_vocabulary(data, writer.lookups)
    report.warnings += [f"{identifier}: {w}" for w in warnings]
    if existing is None:
        other = writer.find_existing(data)
        if other is not None and not _from_repository(other, base_url):
            report.skipped.append(f"{identifier}: already in the hub as {other.slug}")
            return
    detail = writer.provenance_detail = _detail(base_url, identifier)
    target = existing or Resource(
        status=writer.default_status, provenance=Resource.Provenance.HARVEST, provenance_detail=detail
    )
    try:
        writer.write(data, resource=target)
    except RecordError as exc:
        report.errors.append(f"{identifier}: {'; '.join(exc.problems)}")
        return
    report.created += existing is None
    report.updated += existing is not None


def _from_repository(resource: Resource, base_url: str) -> bool:
    """Whether ``resource`` was harvested from ``base_url`` (as another of its records)."""
    return resource.provenance == Resource.Provenance.HARVEST and resource.provenance_detail.endswith(
        f" from {base_url}"
    )


def _date(values: list[str]) -> str:
    for value in values:
        match = re.match(r"^(\d{4})(-\d{2})?(-\d{2})?", value)
        if match:
            return match.group(0)
    return ""


def from_oai_dc(record) -> dict:
    """A partial canonical record from an oai_dc ``<record>``."""
    urls = [u for u in _all(record, "identifier") if u.startswith(("http://", "https://"))]
    dois = [u.split("doi.org/", 1)[1] for u in urls if "doi.org/10." in u]
    dois += [i[4:] for i in _all(record, "identifier") if i.lower().startswith("doi:")]
    types = [t.lower() for t in _all(record, "type") if t.lower() in LANTERN_TYPES]
    sources = [s for s in _all(record, "source") if s.startswith(("http://", "https://"))]
    page_urls = [u for u in urls if "doi.org/" not in u]
    data = {
        "title": " ".join(" ".join(_all(record, "title")[:1]).split()),
        "authors": _all(record, "creator"),
        "publishers": _all(record, "publisher"),
        "date": _date(_all(record, "date")),
        "summary": "\n\n".join(_all(record, "description")),
        "type": types[0] if types else "",
        "topics": _all(record, "subject"),
        "languages": [lang[:2] if len(lang) == 2 else lang for lang in _all(record, "language")],
        "countries": [c for c in _all(record, "coverage") if len(c) == 2],
        "source_url": (sources or page_urls or [""])[0],
        "doi": dois[0] if dois else "",
        "licence": " ".join(_all(record, "rights")[:1])[:100],
        "files": [r for r in _all(record, "relation") if r.startswith(("http://", "https://"))][:20],
    }
    return {k: v for k, v in data.items() if v not in ("", [], None)}
