"""Rate limits are the hub's, not a process's: two real `lantern serve` processes on one database
(one SQLite data directory, or one PostgreSQL database on that run), requests split between them,
reach a limit at the same total count as one process would; another visitor is not limited; and
what is kept to count them holds no address."""

from __future__ import annotations

import re
import sqlite3
import time
from contextlib import ExitStack
from pathlib import Path

import pytest
from conftest import run_lantern
from ops_support import ask, serving
from test_ops_backup import multipart

TRUSTED = {"LANTERN_TRUSTED_PROXIES": "127.0.0.1, ::1"}


def visitor(address: str) -> dict:
    """A request as the trusted proxy (this test, from 127.0.0.1) forwards a visitor's."""
    return {"X-Forwarded-For": address}


@pytest.fixture
def two_servers(cli_env):
    """Two web processes on one database, migrated first (as an operator does before starting them)."""
    env = {**cli_env, **TRUSTED, "LANTERN_API_RATE_LIMIT": "4", "LANTERN_SUGGEST_PER_HOUR": "1"}
    run_lantern(env, "migrate", check=True)
    with ExitStack() as stack:
        yield env, [stack.enter_context(serving(env)) for _ in range(2)]


def alternate(servers: list[str], headers: dict, times: int) -> list[int]:
    return [ask(f"{servers[n % 2]}/api/v1/topics", headers=headers).status for n in range(times)]


def test_requests_split_between_two_processes_meet_one_limit(two_servers):
    env, servers = two_servers
    for _round in range(3):  # the limit counts per minute: a round that crossed a minute is run again
        minute = int(time.time() // 60)
        first = alternate(servers, visitor("203.0.113.7"), 6)
        second = [ask(f"{base}/api/v1/topics", headers=visitor("198.51.100.9")).status for base in servers]
        if int(time.time() // 60) == minute:
            break
        time.sleep(1)
    else:
        raise AssertionError("three rounds crossed a minute")
    assert first == [200, 200, 200, 200, 429, 429]  # four in all, not four in each process
    assert second == [200, 200]  # another visitor has their own allowance, in either process

    rows = _rate_rows(env)
    assert rows, "the counts are in the database"
    kept = " ".join(str(value) for row in rows for value in row)
    for address in ("203.0.113.7", "198.51.100.9", "127.0.0.1"):
        assert address not in kept


def test_the_hourly_suggestion_limit_holds_across_processes(two_servers):
    _env, servers = two_servers
    assert suggest(servers[0], visitor("203.0.113.20")) == 200
    assert suggest(servers[1], visitor("203.0.113.20")) == 400  # the same visitor, at the other process
    assert suggest(servers[1], visitor("203.0.113.21")) == 200  # another visitor


def suggest(base: str, headers: dict) -> int:
    form = ask(f"{base}/suggest/", headers=headers).text()
    token = re.search(r'name="form_token" value="([^"]+)"', form).group(1)
    body, content_type = multipart({"note": "a toolkit", "form_token": token}, "tip.txt", b"Toolkit text. " * 40)
    headers = {**headers, "Content-Type": content_type, "Origin": base}
    return ask(f"{base}/suggest/", headers=headers, data=body).status


def _rate_rows(env: dict) -> list[tuple]:
    url = env.get("DATABASE_URL", "")
    query = "SELECT bucket, window_start, ends, count FROM api_ratecount"
    if url.startswith("postgres"):
        import psycopg

        with psycopg.connect(url) as conn:
            return conn.execute(query).fetchall()
    with sqlite3.connect(Path(env["LANTERN_DATA_DIR"]) / "lantern.sqlite3") as conn:
        return conn.execute(query).fetchall()


@pytest.mark.django_db
def test_a_senders_hash_is_kept_for_the_limits_hour_only(client, settings):
    from datetime import timedelta

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone
    from public_support import suggest as send

    from lantern.curation.models import VisitorSuggestion

    settings.LANTERN_SUGGEST_PER_HOUR = 1
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": ["default", "ingest"]}
    }

    def post(n: int) -> int:
        upload = SimpleUploadedFile(f"tip{n}.txt", b"Toolkit text. " * 40, content_type="text/plain")
        return send(client, {"note": f"tip {n}", "file": upload}).status_code

    assert post(1) == 200
    assert post(2) == 400  # this hour's
    VisitorSuggestion.objects.update(created_at=timezone.now() - timedelta(hours=1, minutes=1))
    assert post(3) == 200  # the hour has passed
    older, newer = VisitorSuggestion.objects.order_by("created_at")
    assert older.sender == "" and len(newer.sender) == 64  # the hash outlives its hour nowhere
