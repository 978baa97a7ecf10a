"""Real `lantern serve` processes and fresh databases for the operations tests."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from conftest import LANTERN, REPO


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serving(env: dict, wait_path: str = "/healthz") -> Iterator[str]:
    """`lantern serve` on a free port with ``env``; yields its base URL once ``wait_path`` answers."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # A file, not a pipe: a server logging more than a pipe holds would block.
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [LANTERN, "serve", "--port", str(port)], env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=log
        )
        try:
            _wait_for(server, base + wait_path, log)
            yield base
        finally:
            server.terminate()
            server.wait(timeout=30)


def _wait_for(server: subprocess.Popen, url: str, log) -> None:
    for _attempt in range(300):
        if server.poll() is not None:
            log.seek(0)
            raise AssertionError("lantern serve stopped: " + log.read().decode(errors="replace"))
        try:
            with urllib.request.urlopen(url, timeout=10):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    raise AssertionError("lantern serve did not answer")


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes
    cookies: list[str] = field(default_factory=list)

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def ask(url: str, headers: dict | None = None, data: bytes | None = None, method: str | None = None) -> Answer:
    """One request, redirects not followed, errors as answers."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with OPENER.open(request, timeout=60) as response:
            return Answer(
                response.status, dict(response.headers), response.read(), response.headers.get_all("Set-Cookie") or []
            )
    except urllib.error.HTTPError as answer:
        return Answer(answer.code, dict(answer.headers), answer.read(), answer.headers.get_all("Set-Cookie") or [])


@contextlib.contextmanager
def fresh_env(base_env: dict, data_dir: Path) -> Iterator[dict]:
    """Like conftest's ``cli_env``: a new data directory and, on the PostgreSQL run, a new empty database."""
    env = {**base_env, "LANTERN_DATA_DIR": str(data_dir)}
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        env.pop("DATABASE_URL", None)
        yield env
        return
    import psycopg
    from django.conf import settings

    db = settings.DATABASES["default"]
    name = f"lantern_ops_{uuid.uuid4().hex[:12]}"
    conninfo = {"host": db["HOST"], "port": db.get("PORT") or 5432, "user": db["USER"], "dbname": "postgres"}
    with psycopg.connect(**conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = f"{url.rsplit('/', 1)[0]}/{name}"
    try:
        yield env
    finally:
        with psycopg.connect(**conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
