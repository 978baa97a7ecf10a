"""What `make demo` does, checked from the outside: load the demo hub, serve it, ask for each face.

Run with the Python of a venv that holds the runtime dependencies only (`make smoke-demo`), so a
module that only a dev dependency brings in shows up here as it would on a newcomer's machine.
Exit status 1 if any answer is not 200 or the server printed a traceback. Standard library only.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

LANTERN = str(Path(sys.executable).with_name("lantern"))
QUERY = "forced labour"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(base: str, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(base + path, timeout=60) as response:  # noqa: S310 (our own local server)
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def wait_for(base: str, server: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"lantern serve exited with {server.returncode} before answering")
        try:
            get(base, "/robots-not-there")
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"lantern serve did not answer within {seconds:g} s")


def pages(base: str) -> list[str]:
    """The URLs to ask for: every face of the hub, found the way a visitor would find them."""
    status, body = get(base, "/api/v1/search?q=" + QUERY.replace(" ", "+"))
    hits = json.loads(body)["results"] if status == 200 else []
    slugs = [hit["slug"] for hit in hits]
    download = ""
    for slug in slugs + ["first-responder-toolkit-england-wales-2026"]:
        status, html = get(base, f"/resources/{slug}/")
        found = re.search(rb'href="(/resources/[^"/]+/files/\d+/)"', html) if status == 200 else None
        if found:
            download = found.group(1).decode()
            break
    return [
        "/",
        "/search/?q=" + QUERY.replace(" ", "+"),
        f"/resources/{slugs[0] if slugs else 'no-search-hit'}/",
        download or "/no-download-link-found-on-any-resource-page/",
        "/api/v1/search?q=" + QUERY.replace(" ", "+"),
        "/feeds/new.rss",
        "/oai?verb=Identify",
        "/sitemap.xml",
    ]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="lantern-smoke-") as data:
        env = {**os.environ, "LANTERN_DATA_DIR": data, "PYTHONUNBUFFERED": "1"}
        demo = subprocess.run([LANTERN, "demo"], env=env, capture_output=True, text=True, timeout=1800)  # noqa: S603
        print(f"lantern demo: exit {demo.returncode}")
        failures = []
        if demo.returncode != 0 or "Traceback" in demo.stdout + demo.stderr:
            failures.append("lantern demo failed:\n" + demo.stdout[-2000:] + demo.stderr[-4000:])
        port = free_port()
        log_path = Path(data) / "serve.log"
        with log_path.open("w") as log:
            server = subprocess.Popen(  # noqa: S603
                [LANTERN, "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT
            )
            try:
                base = f"http://127.0.0.1:{port}"
                wait_for(base, server)
                for path in pages(base):
                    status, _ = get(base, path)
                    print(f"{status}  {path}")
                    if status != 200:
                        failures.append(f"{path} answered {status}")
                time.sleep(1)  # let the background warm-up finish writing what it has to say
            finally:
                server.terminate()
                server.wait(timeout=30)
        output = log_path.read_text(errors="replace")
        if "Traceback" in output:
            failures.append("lantern serve printed a traceback:\n" + output[-6000:])
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    print("smoke test of make demo:", "FAILED" if failures else "passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
