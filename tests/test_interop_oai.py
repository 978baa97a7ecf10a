"""OAI-PMH as an outside harvester reads it: sickle against a served Lantern (pytest-django's live server)."""

from __future__ import annotations

import re

import pytest
from sickle import Sickle
from sickle.iterator import OAIResponseIterator

from lantern.catalog.models import Resource

pytestmark = pytest.mark.django_db(transaction=True)

OAI = "{http://www.openarchives.org/OAI/2.0/}"
# The OAI-PMH identifier scheme's repositoryIdentifier: a domain name.
DOMAIN = re.compile(r"^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$")


def make_records(count: int) -> None:
    Resource.objects.bulk_create(
        Resource(
            title=f"Report number {n}",
            slug=f"report-{n}",
            status=Resource.Status.WITHDRAWN if n % 10 == 3 else Resource.Status.PUBLISHED,
        )
        for n in range(count)
    )
    Resource.objects.create(title="A draft", slug="a-draft", status=Resource.Status.DRAFT)


@pytest.mark.parametrize(("page_size", "count"), [(1, 6), (7, 23), (100, 205)])
@pytest.mark.parametrize("verb", ["ListIdentifiers", "ListRecords"])
def test_every_page_tells_the_whole_list_size_and_where_it_is(live_server, settings, page_size, count, verb):
    settings.LANTERN_OAI_PAGE_SIZE = page_size
    make_records(count)
    harvester = Sickle(f"{live_server.url}/oai", iterator=OAIResponseIterator)
    pages = list(getattr(harvester, verb)(metadataPrefix="oai_dc"))
    seen: list[str] = []
    for number, page in enumerate(pages):
        token = page.xml.find(f".//{OAI}resumptionToken")
        assert token is not None
        assert token.get("completeListSize") == str(count), f"page {number + 1}"
        assert token.get("cursor") == str(len(seen)), f"page {number + 1}"
        seen += [e.text for e in page.xml.iter(f"{OAI}identifier") if e.getparent().tag == f"{OAI}header"]
        assert bool(token.text) == (number < len(pages) - 1)
    assert len(pages) == -(-count // page_size) and len(seen) == len(set(seen)) == count
    assert "oai:lantern.localhost:a-draft" not in seen


def test_the_item_iterator_harvests_everything_once(live_server, settings):
    settings.LANTERN_OAI_PAGE_SIZE = 7
    make_records(23)
    headers = list(Sickle(f"{live_server.url}/oai").ListIdentifiers(metadataPrefix="oai_dc"))
    assert len({h.identifier for h in headers}) == 23
    assert sum(h.deleted for h in headers) == 2
    records = list(Sickle(f"{live_server.url}/oai").ListRecords(metadataPrefix="oai_dc", ignore_deleted=True))
    assert len(records) == 21 and all(r.metadata["title"][0].startswith("Report number") for r in records)


def test_the_repository_identifier_does_not_follow_the_host(client, settings):
    """Identifiers harvested by one address resolve by any other: one name for the hub."""
    make_records(2)
    answers = [
        client.get("/oai", {"verb": "Identify"}, HTTP_HOST=host).content.decode() for host in ("127.0.0.1", "localhost")
    ]
    names = [re.search(r"<[^>]*repositoryIdentifier>([^<]+)<", answer).group(1) for answer in answers]
    assert names[0] == names[1] == settings.LANTERN_OAI_REPOSITORY_ID == "lantern.localhost"
    assert DOMAIN.match(names[0])
    record = client.get(
        "/oai",
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:lantern.localhost:report-1"},
        HTTP_HOST="127.0.0.1",
    )
    assert b"Report number 1" in record.content and b"<error" not in record.content


def test_the_repository_identifier_is_a_checked_setting(cli_env):
    from interop_support import run_lantern

    named = run_lantern({**cli_env, "LANTERN_ALLOWED_HOSTS": "hub.example.org,127.0.0.1"}, "shell", "-c", _PRINT_ID)
    assert named.stdout.strip().splitlines()[-1] == "hub.example.org"
    chosen = run_lantern({**cli_env, "LANTERN_OAI_REPOSITORY_ID": "library.example.net"}, "shell", "-c", _PRINT_ID)
    assert chosen.stdout.strip().splitlines()[-1] == "library.example.net"
    bad = run_lantern({**cli_env, "LANTERN_OAI_REPOSITORY_ID": "127.0.0.1"}, "check")
    assert bad.returncode == 2 and "LANTERN_OAI_REPOSITORY_ID='127.0.0.1' must be a domain name" in bad.stderr


_PRINT_ID = "from django.conf import settings; print(settings.LANTERN_OAI_REPOSITORY_ID)"
