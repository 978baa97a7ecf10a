"""Cached pages follow the settings: after a restart with new help lines and a new quick-exit
address, the very next visitor gets them (the page cache is keyed by the settings that reach a
page and by the code, not only by the catalogue), while an unchanged restart still serves the
cached page."""

from __future__ import annotations

import contextlib
import json
import subprocess
import time
from collections.abc import Iterator

from conftest import LANTERN, REPO
from ops_support import ask, free_port, fresh_env


def helplines(name: str, phone: str) -> str:
    return json.dumps([{"country": "GB", "name": name, "phone": phone, "hours": "24/7", "url": "https://example.org/"}])


@contextlib.contextmanager
def serving_on(env: dict, port: int) -> Iterator[str]:
    """`lantern serve` on a given port: the page cache's key holds the URL, port included, so a
    restart must come back on the same port for its old pages to be found at all."""
    server = subprocess.Popen([LANTERN, "serve", "--port", str(port)], env=env, cwd=REPO, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(300):
            assert server.poll() is None, "lantern serve stopped"
            with contextlib.suppress(OSError):
                if ask(base + "/healthz").status:
                    break
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def home(env: dict, port: int) -> str:
    with serving_on(env, port) as base:
        first = ask(base + "/").text()
        again = ask(base + "/").text()  # from the page cache
        assert first == again
        return again


def test_restart_with_new_settings_serves_new_pages_at_once(tmp_path, cli_env):
    with fresh_env(cli_env, tmp_path / "data") as env:
        env = {**env, "LANTERN_PAGE_CACHE_SECONDS": "300"}
        old = {
            **env,
            "LANTERN_HELPLINES": helplines("Ashbourne Safe Line", "0800 111 222"),
            "LANTERN_QUICK_EXIT_URL": "https://old-exit.example/",
        }
        port = free_port()
        before = home(old, port)
        assert "Ashbourne Safe Line" in before and "https://old-exit.example/" in before

        new = {
            **env,
            "LANTERN_HELPLINES": helplines("Brightwater Help Line", "0800 333 444"),
            "LANTERN_QUICK_EXIT_URL": "https://new-exit.example/",
        }
        assert home(old, port) == before  # restarted unchanged: the same cached page
        after = home(new, port)
        assert "Brightwater Help Line" in after and "0800 333 444" in after
        assert "https://new-exit.example/" in after
        assert "Ashbourne Safe Line" not in after and "https://old-exit.example/" not in after
