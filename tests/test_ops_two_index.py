"""Several machines, one truth: two real `lantern serve` processes on one database, each with its
own search index directory (as two app machines with a local index each), find what was changed
through either of them — created, published, retitled, unpublished, imported, deleted — and one
that was stopped while changes happened finds them when it serves again.

Runs on the PostgreSQL run against a fresh database, and on the SQLite run with one database file
shared by the two processes (one machine, two index directories): the same rule either way.
"""

from __future__ import annotations

import json
import time
from contextlib import ExitStack
from urllib.parse import quote

import pytest
from conftest import run_lantern
from ops_support import ask, serving

PASSWORD = "correct horse battery"
# Generous: a search applies other processes' changes before it runs, so this is never waited out
# when the index is in step; speed is measured in bench/, not here.
DEADLINE_SECONDS = 10.0


@pytest.fixture
def hub(cli_env, tmp_path):
    """A migrated database with an editor's API token, and one environment per machine."""
    # Lexical search only: what is checked is each index's content, not the vectors.
    env = {**cli_env, "LANTERN_SEARCH_ENGINE": "tantivy", "LANTERN_SEARCH_SEMANTIC": "false"}
    run_lantern(env, "migrate", check=True)
    run_lantern(
        {**env, "DJANGO_SUPERUSER_PASSWORD": PASSWORD},
        "createsuperuser",
        "--noinput",
        "--username",
        "alice",
        "--email",
        "alice@example.org",
        check=True,
    )
    token = run_lantern(env, "apitoken", "alice", check=True).stdout.strip()
    machines = {name: {**env, "LANTERN_SEARCH_INDEX_DIR": str(tmp_path / f"index-{name}")} for name in ("a", "b")}
    return {"token": token, "machines": machines, "tmp": tmp_path}


def found(base: str, query: str) -> set[str]:
    """The titles a search through ``base``'s API finds."""
    answer = ask(f"{base}/api/v1/search?q={quote(query)}&facets=false")
    assert answer.status == 200, answer.text()
    return {hit["title"] for hit in json.loads(answer.body)["results"]}


def seen_within(base: str, query: str, expected: set[str]) -> None:
    """``base`` finds exactly ``expected`` for ``query`` before the deadline."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while (titles := found(base, query)) != expected:
        if time.monotonic() > deadline:
            raise AssertionError(f"{base} still finds {sorted(titles)} for {query!r}, not {sorted(expected)}")
        time.sleep(0.1)


def write(base: str, token: str, record: dict, slug: str | None = None) -> dict:
    """Create (POST) or change (PATCH ``slug``) a record through ``base``'s API."""
    answer = ask(
        f"{base}/api/v1/resources" + (f"/{slug}" if slug else ""),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        data=json.dumps(record).encode(),
        method="PATCH" if slug else "POST",
    )
    assert answer.status in (200, 201), answer.text()
    return json.loads(answer.body)


def delete(env: dict, slug: str) -> None:
    """Delete a resource from a command on the machine of ``env`` (as a curator in the admin would)."""
    script = f"from lantern.catalog.models import Resource; Resource.objects.get(slug={slug!r}).delete()"
    run_lantern(env, "shell", "--no-imports", "-c", script, check=True)


def test_a_change_through_either_machine_is_found_by_the_other(hub):
    token, machines = hub["token"], hub["machines"]
    with ExitStack() as stack:
        a, b = (stack.enter_context(serving(machines[name])) for name in ("a", "b"))

        # Created and published through A: B finds it.
        created = write(a, token, {"title": "Harbour inspection checklist", "status": "published"})
        for base in (b, a):
            seen_within(base, "harbour", {"Harbour inspection checklist"})

        # A draft is found nowhere; published through B, A finds it.
        draft = write(a, token, {"title": "Harbour workers leaflet"})
        assert draft["status"] == "draft"
        write(b, token, {"status": "published"}, slug=draft["slug"])
        for base in (a, b):
            seen_within(base, "harbour", {"Harbour inspection checklist", "Harbour workers leaflet"})

        # Retitled through B: A finds the new title and no longer the old.
        write(b, token, {"title": "Lighthouse inspection checklist"}, slug=created["slug"])
        for base in (a, b):
            seen_within(base, "lighthouse", {"Lighthouse inspection checklist"})
            seen_within(base, "harbour", {"Harbour workers leaflet"})

        # Unpublished through A: B no longer finds it.
        write(a, token, {"status": "withdrawn", "withdrawn_reason": "Superseded."}, slug=created["slug"])
        for base in (b, a):
            seen_within(base, "lighthouse", set())

        # Imported by a command on A: both find the rows.
        rows = hub["tmp"] / "records.jsonl"
        rows.write_text(
            json.dumps({"title": "Fishing vessel crew rights", "status": "published"})
            + "\n"
            + json.dumps({"title": "Fishing port welfare guide", "status": "published"})
            + "\n"
        )
        run_lantern(machines["a"], "import", str(rows), "--json", check=True)
        for base in (b, a):
            seen_within(base, "fishing", {"Fishing vessel crew rights", "Fishing port welfare guide"})

        # Deleted by a command on B: A no longer finds it.
        delete(machines["b"], draft["slug"])
        for base in (a, b):
            seen_within(base, "harbour", set())


def test_a_machine_stopped_while_changes_happened_finds_them_when_it_serves_again(hub):
    token, machines = hub["token"], hub["machines"]
    with serving(machines["a"]) as a:
        kept = write(a, token, {"title": "Cocoa farm labour audit", "status": "published"})
        gone = write(a, token, {"title": "Cocoa cooperative survey", "status": "published"})
        with serving(machines["b"]) as b:  # B builds its index and finds both
            seen_within(b, "cocoa", {"Cocoa farm labour audit", "Cocoa cooperative survey"})
        # B is stopped. Through A: one created, one retitled, one deleted.
        write(a, token, {"title": "Cocoa traders code of conduct", "status": "published"})
        write(a, token, {"title": "Cocoa farm labour audit, second edition"}, slug=kept["slug"])
        delete(machines["a"], gone["slug"])
        seen_within(a, "cocoa", {"Cocoa farm labour audit, second edition", "Cocoa traders code of conduct"})
        with serving(machines["b"]) as b:  # B again, on the index directory it left
            seen_within(b, "cocoa", {"Cocoa farm labour audit, second edition", "Cocoa traders code of conduct"})
            seen_within(b, "survey", set())
