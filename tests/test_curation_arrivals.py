"""A likely duplicate is flagged when it arrives: an import, a harvest or an ingestion that adds one
lists it in the report it prints and puts it in the review queue, with the same detector as
`lantern duplicates`."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from urllib.parse import urlsplit

import ingest_support as support
import pytest
from conftest import run_lantern
from django.core.management import call_command
from factories import make_organisation, make_resource

from lantern.curation.models import Flag

pytestmark = pytest.mark.django_db

IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}
ANOTHER_HUBS_COPY = {
    "title": "Hidden in plain sight – labour exploitation in car washes",
    "summary": "Another hub's description: workers at hand car washes kept in debt and paid nothing.",
    "publishers": ["Car Wash Workers Trust"],
    "date": "2020",
    "source_url": "https://mirror.example.net/files/hidden-in-plain-sight.pdf",
}
UNRELATED = {
    "title": "Safeguarding children in residential care",
    "summary": "Guidance for care homes on protecting children from exploitation.",
    "publishers": ["Children's Homes Alliance"],
    "date": "2018",
}


@pytest.fixture
def original(db):
    return make_resource(
        "Hidden in Plain Sight: Labour Exploitation in Car Washes",
        summary="Research on forced labour at hand car washes, where workers are held by debts and unpaid wages.",
        publishers=[make_organisation("Car Wash Workers Trust")],
        date=dt.date(2020, 3, 1),
        languages=["en"],
        source_url="https://trust.example.org/reports/hidden-in-plain-sight",
    )


def test_an_import_lists_a_likely_duplicate_and_queues_it_for_review(original, tmp_path):
    path = tmp_path / "other-hub.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (ANOTHER_HUBS_COPY, UNRELATED)), encoding="utf-8")
    out = io.StringIO()
    call_command("import", str(path), "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["created"] == 2
    (note,) = report["duplicates"]
    assert note["kind"] == "duplicate"
    assert note["resource"]["title"] == ANOTHER_HUBS_COPY["title"]
    assert note["other"]["slug"] == original.slug
    assert "the same publisher" in note["reasons"] and "both from 2020" in note["reasons"]
    (flag,) = Flag.objects.filter(status=Flag.Status.OPEN)  # the review queue
    assert flag.kind == "duplicate" and flag.reasons == note["reasons"]
    assert {flag.resource_id, flag.other_id} == {original.id, note["resource"]["id"]}


@pytest.mark.django_db(transaction=True)
def test_the_import_command_prints_it(cli_env, tmp_path):
    first, second = tmp_path / "mine.jsonl", tmp_path / "theirs.jsonl"
    mine = {**ANOTHER_HUBS_COPY, "title": "Hidden in Plain Sight: Labour Exploitation in Car Washes", "source_url": ""}
    first.write_text(json.dumps(mine) + "\n", encoding="utf-8")
    second.write_text(json.dumps(ANOTHER_HUBS_COPY) + "\n" + json.dumps(UNRELATED) + "\n", encoding="utf-8")
    assert "possible" not in run_lantern(cli_env, "import", str(first), check=True).stdout
    printed = run_lantern(cli_env, "import", str(second), check=True).stdout
    (line,) = [x for x in printed.splitlines() if x.startswith("possible")]
    assert line.startswith("possible duplicate: \u201cHidden in plain sight \u2013 labour exploitation")
    assert "~ \u201cHidden in Plain Sight: Labour Exploitation in Car Washes\u201d" in line
    assert "the same publisher" in line
    listed = [json.loads(x) for x in run_lantern(cli_env, "duplicates", "--json", check=True).stdout.splitlines()]
    assert [x["kind"] for x in listed] == ["duplicate"]  # the batch command finds the same pair


OAI = """<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
  <responseDate>2024-05-01T00:00:00Z</responseDate>
  <request verb="ListRecords">{base}</request>
  <ListRecords>
    <record>
      <header><identifier>oai:other.example:42</identifier><datestamp>2024-04-01</datestamp></header>
      <metadata>
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:title>HIDDEN IN PLAIN SIGHT: Labour exploitation in car washes</dc:title>
          <dc:publisher>Car Wash Workers Trust</dc:publisher>
          <dc:date>2020-03-15</dc:date>
          <dc:description>Harvested record: car wash workers in debt bondage.</dc:description>
          <dc:identifier>https://repository.example.org/item/42</dc:identifier>
        </oai_dc:dc>
      </metadata>
    </record>
  </ListRecords>
</OAI-PMH>
"""


def test_a_harvest_lists_a_likely_duplicate_and_queues_it_for_review(original, settings):
    routes = support.Routes()
    with support.web_server(routes) as base:
        routes["/oai?verb=ListRecords&metadataPrefix=oai_dc"] = (
            200,
            {"Content-Type": "text/xml"},
            OAI.format(base=base).encode(),
        )
        settings.LANTERN_ALLOW_PRIVATE_HOSTS = [urlsplit(base).netloc]
        out = io.StringIO()
        call_command("harvest", f"{base}/oai", "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["created"] == 1
    (note,) = report["duplicates"]
    assert note["kind"] == "duplicate" and note["other"]["slug"] == original.slug
    assert any(f.kind == "duplicate" for f in Flag.objects.filter(status=Flag.Status.OPEN))


def test_an_ingested_document_reports_what_it_may_duplicate(original, tmp_path, settings):
    settings.TASKS = IMMEDIATE
    document = support.Report(
        filename="car-washes.pdf",
        title="Hidden in Plain Sight: Labour Exploitation in Car Washes",
        publisher="Car Wash Workers Trust",
        date_text="March 2020",
        year=2020,
    )
    path = support.make_pdf(document, tmp_path)
    out = io.StringIO()
    with contextlib.suppress(SystemExit):
        call_command("ingest", str(path), "--wait", "--json", "--no-progress", stdout=out)
    (line,) = [json.loads(x) for x in out.getvalue().splitlines() if x.strip()]
    assert line["status"] == "done", line
    (note,) = line["duplicates"]
    assert note["kind"] == "duplicate" and note["other"]["slug"] == original.slug
    assert note["resource"]["slug"] == line["record"]["slug"]
    assert Flag.objects.filter(status=Flag.Status.OPEN, kind="duplicate").count() == 1
