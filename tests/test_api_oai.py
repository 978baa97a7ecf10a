"""OAI-PMH 2.0 provider: every verb and every error condition, checked against the protocol's rules."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from interop_support import make_hub

pytestmark = pytest.mark.django_db

NS = {"o": "http://www.openarchives.org/OAI/2.0/", "dc": "http://purl.org/dc/elements/1.1/"}
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def oai(client, method="get", **params):
    response = getattr(client, method)("/oai", params)
    assert response["Content-Type"].startswith("text/xml")
    root = ET.fromstring(response.content)
    assert root.tag == "{http://www.openarchives.org/OAI/2.0/}OAI-PMH"
    assert STAMP.match(root.find("o:responseDate", NS).text)
    assert root.find("o:request", NS).text == "http://testserver/oai"
    return root


def errors(root) -> list[str]:
    return [e.get("code") for e in root.findall("o:error", NS)]


def identifier(resource) -> str:
    return f"oai:lantern.localhost:{resource.slug}"


def test_identify(client):
    make_hub()
    root = oai(client, verb="Identify")
    ident = root.find("o:Identify", NS)
    assert ident.find("o:protocolVersion", NS).text == "2.0"
    assert ident.find("o:baseURL", NS).text == "http://testserver/oai"
    assert ident.find("o:deletedRecord", NS).text == "transient"
    assert ident.find("o:granularity", NS).text == "YYYY-MM-DDThh:mm:ssZ"
    assert STAMP.match(ident.find("o:earliestDatestamp", NS).text) and ident.find("o:adminEmail", NS).text
    assert root.find("o:request", NS).get("verb") == "Identify"


def test_list_metadata_formats(client):
    hub = make_hub()
    for params in ({}, {"identifier": identifier(hub["annual"])}):
        root = oai(client, verb="ListMetadataFormats", **params)
        assert [e.text for e in root.findall(".//o:metadataPrefix", NS)] == ["oai_dc"]
    assert errors(oai(client, verb="ListMetadataFormats", identifier="oai:lantern.localhost:nope")) == [
        "idDoesNotExist"
    ]


def test_list_sets(client):
    make_hub()
    specs = [e.text for e in oai(client, verb="ListSets").findall(".//o:setSpec", NS)]
    assert {"collection", "type", "collection:covid-19", "type:guidance"} <= set(specs)
    assert errors(oai(client, verb="ListSets", resumptionToken="x")) == ["badResumptionToken"]


def test_get_record_in_oai_dc(client):
    hub = make_hub()
    root = oai(client, verb="GetRecord", identifier=identifier(hub["annual"]), metadataPrefix="oai_dc")
    record = root.find("o:GetRecord/o:record", NS)
    assert record.find("o:header/o:identifier", NS).text == identifier(hub["annual"])
    assert STAMP.match(record.find("o:header/o:datestamp", NS).text)
    assert {e.text for e in record.findall("o:header/o:setSpec", NS)} == {"type:report", "collection:covid-19"}
    dc = {e.tag.split("}")[1]: e.text for e in record.find("o:metadata", NS)[0]}
    assert dc["title"] == hub["annual"].title and dc["publisher"] == "Home Office" and dc["creator"] == "Jane Smith"
    assert dc["date"] == "2017-10" and dc["language"] == "en" and dc["coverage"] == "GB"
    assert dc["source"] == "https://example.org/annual-2017" and dc["relation"].endswith(".pdf")


def test_withdrawn_is_deleted_and_drafts_do_not_exist(client):
    hub = make_hub()
    root = oai(client, verb="GetRecord", identifier=identifier(hub["withdrawn"]), metadataPrefix="oai_dc")
    record = root.find("o:GetRecord/o:record", NS)
    assert record.find("o:header", NS).get("status") == "deleted" and record.find("o:metadata", NS) is None
    draft = oai(client, verb="GetRecord", identifier=identifier(hub["draft"]), metadataPrefix="oai_dc")
    assert errors(draft) == ["idDoesNotExist"]


@pytest.mark.parametrize("verb", ["ListIdentifiers", "ListRecords"])
def test_lists_page_with_resumption_tokens(client, settings, verb):
    settings.LANTERN_OAI_PAGE_SIZE = 2
    hub = make_hub()
    first = oai(client, verb=verb, metadataPrefix="oai_dc").find(f"o:{verb}", NS)
    token = first.find("o:resumptionToken", NS)
    assert token.text and token.get("completeListSize") == "4" and token.get("cursor") == "0"
    second = oai(client, verb=verb, resumptionToken=token.text).find(f"o:{verb}", NS)
    last = second.find("o:resumptionToken", NS)
    assert not last.text and last.get("cursor") == "2" and last.get("completeListSize") == "4"
    ids = [e.text for page in (first, second) for e in page.findall(".//o:header/o:identifier", NS)]
    assert sorted(ids) == sorted(identifier(hub[k]) for k in ("annual", "partnership", "guide", "withdrawn"))
    if verb == "ListIdentifiers":
        assert first.find("o:record", NS) is None and first.find("o:header", NS) is not None


def test_from_until_and_sets_select(client):
    hub = make_hub()
    today = timezone.now().date()
    tomorrow, yesterday = (today + dt.timedelta(days=1)).isoformat(), (today - dt.timedelta(days=1)).isoformat()
    everything = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": today.isoformat()})
    assert len(everything.findall(".//o:header", NS)) == 4
    same_day = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", until=today.isoformat())
    assert len(same_day.findall(".//o:header", NS)) == 4
    seconds = timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    assert (
        len(oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", until=seconds).findall(".//o:header", NS)) == 4
    )
    for params in ({"until": yesterday}, {"from": tomorrow}):
        assert errors(oai(client, verb="ListRecords", metadataPrefix="oai_dc", **params)) == ["noRecordsMatch"]
    covid = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="collection:covid-19")
    assert [e.text for e in covid.findall(".//o:identifier", NS)] == [identifier(hub["annual"])]
    guidance = oai(client, verb="ListRecords", metadataPrefix="oai_dc", set="type:guidance")
    assert [e.text for e in guidance.findall(".//o:header/o:identifier", NS)] == [identifier(hub["guide"])]
    assert errors(oai(client, verb="ListRecords", metadataPrefix="oai_dc", set="nope")) == ["noRecordsMatch"]


def test_post_is_answered_like_get(client):
    make_hub()
    assert oai(client, method="post", verb="Identify").find("o:Identify", NS) is not None


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "Dance"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "extra": "1"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "oai_dc"]}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "resumptionToken": "x"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2020-01-01", "until": "2020-01-02T00:00:00Z"},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2021-01-01", "until": "2020-01-01"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "resumptionToken": "not-a-token"}, "badResumptionToken"),
        ({"verb": "ListIdentifiers", "resumptionToken": "eyJ4IjoxfQ"}, "badResumptionToken"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        (
            {"verb": "GetRecord", "metadataPrefix": "marc21", "identifier": "oai:testserver:x"},
            "cannotDisseminateFormat",
        ),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:elsewhere:x"}, "idDoesNotExist"),
        ({"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": "2999-01-01"}, "noRecordsMatch"),
    ],
)
def test_every_error_code(client, params, code):
    make_hub()
    root = oai(client, **params)
    assert errors(root) == [code]
    request = root.find("o:request", NS)
    if code in {"badVerb", "badArgument"}:
        assert request.attrib == {}  # the protocol: a bad request is not echoed
    assert root.find("o:ListRecords", NS) is None and root.find("o:GetRecord", NS) is None


def test_error_codes_that_cannot_arise_here():
    """noSetHierarchy: sets are supported. noMetadataFormats: every item has oai_dc."""
    from lantern.api import oai as provider

    assert provider.all_sets and "oai_dc" in provider.FORMATS
