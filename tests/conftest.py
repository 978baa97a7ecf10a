"""Shared fixtures: fast settings, personas, and a database for CLI subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LANTERN = str(Path(sys.executable).with_name("lantern"))


IMMEDIATE_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "ingest"]}
}


@pytest.fixture(autouse=True)
def _fast_settings(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = str(tmp_path / "media")
    # Background tasks run at once in tests; tests/test_ingest_jobs.py also runs a real worker.
    settings.TASKS = IMMEDIATE_TASKS
    # Each test has its own search index (built from the test's database when first opened).
    settings.LANTERN_SEARCH_INDEX_DIR = str(tmp_path / "search-index")


@pytest.fixture(autouse=True)
def _language_per_test():
    """Each test starts in the default language: a request to /fr/ or /es/ leaves its language
    active in the thread, and ``reverse()`` in a later test would then give /es/ URLs."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _page_cache_per_test(settings, tmp_path):
    """The page cache is off in tests (most change data inside one transaction, which never
    commits, so the catalogue version never moves); tests/test_public_cache.py turns it on.
    Either way each test has its own cache directory, so no test sees another's pages."""
    settings.LANTERN_PAGE_CACHE_SECONDS = 0
    settings.CACHES = {**settings.CACHES, "pages": {**settings.CACHES["pages"], "LOCATION": str(tmp_path / "pages")}}
    from lantern.catalog import versions

    versions.forget()


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("alice", "alice@example.org", "correct horse battery")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def _member(django_user_model, username: str, group: str):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "correct horse battery", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def contributor(db, django_user_model):
    """Bob drafts resources and submits them for review."""
    return _member(django_user_model, "bob", "Contributors")


@pytest.fixture
def editor(db, django_user_model):
    """Charlie also publishes."""
    return _member(django_user_model, "charlie", "Editors")


@pytest.fixture
def cli_env(tmp_path, request):
    """Environment for running `lantern` as a subprocess against a database of its own.

    On the SQLite run: a fresh, empty data directory. On the PostgreSQL run: a fresh, empty
    database on the same server, dropped afterwards.
    """
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env["LANTERN_DATA_DIR"] = str(tmp_path / "data")
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield env
        return
    import psycopg
    from django.conf import settings

    db = settings.DATABASES["default"]
    name = f"lantern_cli_{uuid.uuid4().hex[:12]}"
    conninfo = {"host": db["HOST"], "port": db.get("PORT") or 5432, "user": db["USER"], "dbname": "postgres"}
    with psycopg.connect(**conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = url.rsplit("/", 1)[0]
    env["DATABASE_URL"] = f"{base}/{name}"
    yield env
    with psycopg.connect(**conninfo, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_lantern(env: dict, *args: str, input: str | None = None, check: bool = False, timeout: int = 120):
    """Run the installed `lantern` command; returns the CompletedProcess (text mode)."""
    result = subprocess.run(
        [LANTERN, *args], env=env, cwd=REPO, capture_output=True, text=True, input=input, timeout=timeout
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"lantern {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result
