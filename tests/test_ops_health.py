"""`/healthz`: 200 with what it checked while the database and the search index answer, 503 when
either does not (a real server whose database is broken under it); for any host name and over
plain HTTP, so that a probe on the machine can ask; no cookie; nothing secret in what it says."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from ops_support import ask, serving

pytestmark = pytest.mark.django_db


def test_a_healthy_hub_says_what_it_checked(client, settings):
    settings.LANTERN_SEARCH_ENGINE = "tantivy"
    response = client.get("/healthz")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert not response.cookies and response["Cache-Control"] == "max-age=5"
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["ok"] and body["checks"]["search"] == {
        "ok": True,
        "engine": "tantivy",
        "documents": 0,
        "passages": 0,
        "changes_waiting": 0,
        "oldest_change_seconds": None,
    }
    assert body["checks"]["queue"]["jobs_waiting"] == 0
    assert body["checks"]["workers"] == {"ok": True, "alive": 0, "last_seen_seconds": None}


def test_changes_not_yet_in_the_index_are_reported_with_their_age_but_do_not_fail(client, settings):
    settings.LANTERN_SEARCH_ENGINE = "tantivy"
    from datetime import timedelta

    from django.utils import timezone

    from lantern.search import engine
    from lantern.search.models import IndexQueue

    assert client.get("/healthz").status_code == 200  # the index exists
    IndexQueue.objects.create(replica=engine.handle().replica, resource_id=12345)
    IndexQueue.objects.update(created_at=timezone.now() - timedelta(minutes=10))
    response = client.get("/healthz")
    assert response.status_code == 200
    search = response.json()["checks"]["search"]
    assert search["changes_waiting"] == 1 and search["oldest_change_seconds"] >= 600


def test_the_database_search_engine_is_checked_with_a_search(client, settings):
    settings.LANTERN_SEARCH_ENGINE = "database"
    body = client.get("/healthz").json()
    assert body["checks"]["search"]["ok"] and body["checks"]["search"]["engine"] in {"sqlite", "postgresql"}


def test_a_probe_may_use_any_host_name_but_a_page_may_not(client):
    assert client.get("/healthz", HTTP_HOST="10.1.2.3:8000").status_code == 200
    assert client.get("/", HTTP_HOST="10.1.2.3:8000").status_code == 400
    assert client.post("/healthz").status_code == 405


def test_an_unreadable_search_index_is_a_503_that_names_it_and_nothing_more(client, settings, tmp_path):
    settings.LANTERN_SEARCH_ENGINE = "tantivy"
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the index should be")
    settings.LANTERN_SEARCH_INDEX_DIR = str(blocker / "index")
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error" and body["checks"]["database"]["ok"]
    assert body["checks"]["search"] == {"ok": False, "error": "the search check failed (see the server's log)"}
    assert "not-a-directory" not in response.content.decode()


def _break_database(env: dict) -> None:
    """What a failed disk or a lost database server looks like to the running site."""
    url = env.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        database = Path(env["LANTERN_DATA_DIR"]) / "lantern.sqlite3"
        for leftover in (Path(f"{database}-wal"), Path(f"{database}-shm")):
            leftover.unlink(missing_ok=True)
        database.write_bytes(os.urandom(8192))
        return
    import psycopg
    from django.conf import settings

    db = settings.DATABASES["default"]
    conninfo = {"host": db["HOST"], "port": db.get("PORT") or 5432, "user": db["USER"], "dbname": "postgres"}
    with psycopg.connect(**conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def test_a_server_whose_database_fails_answers_503(cli_env):
    with serving(cli_env) as base:
        assert ask(f"{base}/healthz").status == 200
        _break_database(cli_env)
        broken = ask(f"{base}/healthz")
        assert broken.status == 503 and not broken.cookies
        body = json.loads(broken.body)
        assert body["status"] == "error"
        assert body["checks"]["database"] == {"ok": False, "error": "the database check failed (see the server's log)"}


def test_a_running_worker_is_seen_and_one_that_stopped_is_not(cli_env):
    """A real `lantern worker` beats while idle; stopped (SIGTERM), it is no longer counted."""
    import subprocess
    import time

    from conftest import LANTERN, REPO, run_lantern

    run_lantern(cli_env, "migrate", check=True)
    with serving(cli_env) as base:
        before = json.loads(ask(f"{base}/healthz").body)["checks"]["workers"]
        assert before == {"ok": True, "alive": 0, "last_seen_seconds": None}
        worker = subprocess.Popen(
            [LANTERN, "worker", "--id", "test-worker"],
            env=cli_env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert b"started" in worker.stdout.readline()
            for _attempt in range(100):  # its first beat follows at once
                answer = ask(f"{base}/healthz")
                workers = json.loads(answer.body)["checks"]["workers"]
                if workers["alive"]:
                    break
                time.sleep(0.2)
            assert answer.status == 200 and workers["alive"] == 1 and workers["last_seen_seconds"] is not None
        finally:
            worker.terminate()
            worker.wait(timeout=60)
        after = json.loads(ask(f"{base}/healthz").body)
        assert after["status"] == "ok" and after["checks"]["workers"]["alive"] == 0
