"""Browser tests: Debian's Chromium driven by Playwright against a real `lantern serve` process.

They run once per `make test`: the pages a browser sees do not depend on the database engine,
so they are skipped on the PostgreSQL run (DATABASE_URL set). Without a Chromium they are
skipped with a plain reason; CI installs one (.ci/run), so there they always run.
The hub is the demo hub, loaded into a throwaway data directory, served by one process and
driven by one browser for the whole session.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
LANTERN = str(Path(sys.executable).with_name("lantern"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def pytest_collection_modifyitems(config, items):
    reason = ""
    if os.environ.get("DATABASE_URL"):
        reason = "browser tests run once, on the SQLite run: what a browser sees does not depend on the database"
    elif chromium_path() is None:
        reason = "no Chromium found (apt-get install chromium); browser tests not run"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "Playwright for Python is not installed (pip install -e '.[dev]')"
    if reason:
        for item in items:
            if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
                item.add_marker(pytest.mark.skip(reason=reason))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The environment of the served hub, for a test that runs another `lantern` command on it.
HUB_ENV: dict[str, str] = {}


@pytest.fixture(scope="session")
def hub(tmp_path_factory):
    """Base URL of a running demo hub (a real `lantern serve` process)."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env["LANTERN_DATA_DIR"] = str(tmp_path_factory.mktemp("hub"))
    HUB_ENV.update(env)
    subprocess.run([LANTERN, "demo"], env=env, cwd=REPO, check=True, capture_output=True, timeout=300)
    port = _free_port()
    # The server's log (a line per request) goes to a file: a pipe nobody reads fills up after a
    # few hundred requests, and the server then waits for ever to write its next line.
    log = (Path(env["LANTERN_DATA_DIR"]) / "serve.log").open("w+b")
    server = subprocess.Popen(
        [LANTERN, "serve", "--port", str(port)], env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    for _attempt in range(300):
        try:
            with urllib.request.urlopen(base + "/about/", timeout=2):
                break
        except OSError:
            if server.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"lantern serve stopped: {log.read().decode(errors='replace')}") from None
            time.sleep(0.1)
    else:
        server.terminate()
        raise RuntimeError("lantern serve did not answer within 30 s")
    yield base
    server.terminate()
    server.wait(timeout=10)
    log.close()


@pytest.fixture
def hub_env(hub) -> dict[str, str]:
    """The served hub's environment, to run another `lantern` command on its data."""
    return dict(HUB_ENV)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A browser context on the hub that records every request the pages make."""

    def __init__(self, context, base: str):
        self.context, self.base = context, base
        self.requests: list[str] = []
        context.on("request", lambda request: self.requests.append(request.url))
        self.page = context.new_page()

    def url(self, path: str) -> str:
        return self.base + path

    def other_hosts(self) -> list[str]:
        ours = urlsplit(self.base).netloc
        return [u for u in self.requests if urlsplit(u).scheme in {"http", "https"} and urlsplit(u).netloc != ours]


@pytest.fixture
def visit(browser, hub):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    yield Visit(context, hub)
    context.close()


@pytest.fixture
def phone(browser, hub):
    context = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)
    yield Visit(context, hub)
    context.close()
