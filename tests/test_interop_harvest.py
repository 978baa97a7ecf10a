"""The OAI-PMH harvester against Lantern's own provider running as a second process (`lantern serve`)."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import time
import urllib.request

import pytest
from django.core.management import call_command
from interop_support import LANTERN, REPO, run_lantern

from lantern.api.harvest import HarvestError, harvest
from lantern.catalog.models import Resource

pytestmark = pytest.mark.django_db

RECORDS = [
    {
        "slug": "uk-annual-report-2017",
        "title": "2017 UK Annual Report on Modern Slavery",
        "type": "report",
        "publishers": ["Home Office"],
        "authors": ["Jane Smith"],
        "topics": ["referral"],
        "countries": ["GB"],
        "languages": ["en"],
        "date": "2017-10",
        "source_url": "https://example.org/annual-2017",
        "summary": "Referrals to the NRM rose.",
        "collections": ["covid-19"],
        "status": "published",
    },
    {
        "slug": "hotel-toolkit",
        "title": "Spotting forced labour in hotels",
        "type": "toolkit",
        "publishers": ["Unseen"],
        "topics": ["hospitality"],
        "date": "2021",
        "source_url": "https://example.org/hotels",
        "status": "published",
    },
    {
        "slug": "guia",
        "title": "Guía para la identificación",
        "type": "guidance",
        "languages": ["es"],
        "status": "published",
    },
    {"slug": "secret-draft", "title": "A draft nobody should see"},
    # Two editions of one prompt sheet, published at one address: two records all the same.
    {
        "slug": "prompt-sheet-2019",
        "title": "Prompt sheet for first responders (2019)",
        "source_url": "https://example.org/prompt-sheet",
        "status": "published",
    },
    {
        "slug": "prompt-sheet-2021",
        "title": "Prompt sheet for first responders (2021)",
        "source_url": "https://example.org/prompt-sheet",
        "status": "published",
    },
]
HARVESTED = 5


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def provider(cli_env, tmp_path, settings):
    """A second Lantern with the records above, serving OAI-PMH two records a page; the harvester may
    reach exactly its host:port (any other loopback address stays refused)."""
    env = {**cli_env, "LANTERN_OAI_PAGE_SIZE": "2", "LANTERN_SEARCH_SEMANTIC": "false"}
    source = tmp_path / "provider.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    run_lantern(env, "import", str(source), check=True)
    port = _free_port()
    settings.LANTERN_ALLOW_PRIVATE_HOSTS = [f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        [LANTERN, "serve", "--port", str(port)], env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}/oai"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"{url}?verb=Identify", timeout=2):
                    break
            except OSError:
                time.sleep(0.2)
        yield {"url": url, "env": env, "dir": tmp_path}
    finally:
        server.terminate()
        server.wait(timeout=10)


def update_provider(provider, *records) -> None:
    path = provider["dir"] / "update.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    run_lantern(provider["env"], "import", str(path), check=True)


def test_harvest_is_incremental_idempotent_and_keeps_provenance(provider):
    first = harvest(provider["url"])
    assert (first.created, first.updated, first.errors, first.skipped) == (HARVESTED, 0, [], [])
    harvested = {r.title: r for r in Resource.objects.all()}
    assert set(harvested) == {r["title"] for r in RECORDS if r.get("status") == "published"}
    annual = harvested["2017 UK Annual Report on Modern Slavery"]
    assert annual.status == "draft" and annual.provenance == "harvest"
    assert annual.provenance_detail == f"oai:lantern.localhost:uk-annual-report-2017 from {provider['url']}"
    assert annual.date_iso == "2017-10" and annual.ordered_authors()[0].name == "Jane Smith"
    assert [p.name for p in annual.ordered_publishers()] == ["Home Office"]
    assert [t.slug for t in annual.topics.all()] == [
        "referral"
    ] and annual.source_url == "https://example.org/annual-2017"
    assert harvested["Spotting forced labour in hotels"].type == "toolkit"

    again = harvest(provider["url"])  # incremental: only what changed since the last run
    assert again.created == 0 and again.from_date and Resource.objects.count() == HARVESTED

    update_provider(
        provider,
        {"slug": "hotel-toolkit", "title": "Spotting forced labour in hotels (2nd edition)"},
        {"slug": "guia", "status": "withdrawn", "withdrawn_reason": "Replaced"},
    )
    changed = harvest(provider["url"])
    assert changed.created == 0 and changed.updated >= 1 and changed.withdrawn == 1
    assert Resource.objects.filter(title="Spotting forced labour in hotels (2nd edition)").exists()
    assert Resource.objects.get(title__startswith="Guía").status == "withdrawn"

    everything = harvest(provider["url"], from_date="2000-01-01")
    assert everything.created == 0 and everything.skipped == [] and Resource.objects.count() == HARVESTED
    sheets = Resource.objects.filter(source_url="https://example.org/prompt-sheet").order_by("title")
    assert [s.provenance_detail.split(" ")[0] for s in sheets] == [
        "oai:lantern.localhost:prompt-sheet-2019",
        "oai:lantern.localhost:prompt-sheet-2021",
    ]
    assert [s.title for s in sheets] == [r["title"] for r in RECORDS[-2:]]


def test_a_set_and_a_record_already_in_the_hub(provider):
    Resource.objects.create(title="Our own copy", source_url="https://example.org/hotels", status="published")
    report = harvest(provider["url"], set_spec="type:toolkit")
    assert report.created == 0 and report.skipped == [
        "oai:lantern.localhost:hotel-toolkit: already in the hub as our-own-copy"
    ]
    assert Resource.objects.get(slug="our-own-copy").title == "Our own copy"  # curated work is never overwritten
    out = io.StringIO()
    call_command("harvest", provider["url"], "--set", "collection:covid-19", "--json", stdout=out)
    assert json.loads(out.getvalue())["created"] == 1


def test_a_bad_repository_is_a_clear_error(provider, settings):
    with pytest.raises(HarvestError, match="badArgument"):
        harvest(provider["url"], from_date="yesterday")
    closed = _free_port()
    settings.LANTERN_ALLOW_PRIVATE_HOSTS = [*settings.LANTERN_ALLOW_PRIVATE_HOSTS, f"127.0.0.1:{closed}"]
    with pytest.raises(HarvestError, match="cannot harvest .* the connection was refused"):
        harvest(f"http://127.0.0.1:{closed}/oai")


def test_a_repository_on_a_loopback_address_is_refused(provider, settings):
    """The same provider under another spelling of its address is refused before anything is sent."""
    port = provider["url"].split(":")[2].split("/")[0]
    with pytest.raises(HarvestError, match="private, loopback"):
        harvest(f"http://localhost:{port}/oai")
    assert Resource.objects.count() == 0
