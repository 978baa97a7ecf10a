"""Screenshots of every public page type, at desktop and phone width, into var/screenshots/.

Usage: .venv/bin/python scripts/screenshots.py [--out var/screenshots]
Loads the demo hub into a throwaway data directory, serves it with `lantern serve` on a free
local port, and drives Debian's Chromium (/usr/bin/chromium, or `chromium` on PATH) with
Playwright; nothing is fetched from another host (the quick exit is not followed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANTERN = str(Path(sys.executable).with_name("lantern"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAGES = {
    "home": "/",
    "search": "/search/?q=forced+labour",
    "search-grid": "/search/?q=labour&type=report&view=grid",
    "search-empty": "/search/?q=zzqxjv",
    "resource": "/resources/nrm-first-responder-form-offline-prompt-sheet-2026/",
    "resource-superseded": "/resources/tip-report-2023/",
    "organisation": "/organisations/home-office/",
    "collection": "/collections/covid-19/",
    "topic": "/topics/labour-exploitation/",
    "country": "/countries/GB/",
    "organisations": "/organisations/",
    "organisation-cooperation": "/organisations/international-labour-organization/",
    "topics": "/topics/",
    "collections": "/collections/",
    "countries": "/countries/",
    "about": "/about/",
    "suggest": "/suggest/",
    "report": "/resources/nrm-first-responder-form-offline-prompt-sheet-2026/report/",
    "not-found": "/no-such-page/",
    "home-fr": "/fr/",
    "search-es": "/es/search/?q=trabajo",
}
WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def error_page() -> str:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantern.settings")
    import django

    django.setup()
    from django.test import RequestFactory

    from lantern.public.views import server_error

    return server_error(RequestFactory().get("/")).content.decode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(REPO / "var" / "screenshots"))
    args = parser.parse_args()
    chromium = next((p for p in ("/usr/bin/chromium", shutil.which("chromium")) if p and Path(p).exists()), None)
    if not chromium:
        sys.exit("No Chromium found: apt-get install chromium")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["LANTERN_DATA_DIR"] = tempfile.mkdtemp(prefix="lantern-shots-")
    os.environ["LANTERN_DATA_DIR"] = env["LANTERN_DATA_DIR"]
    subprocess.run([LANTERN, "demo"], env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([LANTERN, "serve", "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/about/", timeout=2).close()  # noqa: S310 - our own local server
                break
            except OSError:
                time.sleep(0.1)
        shoot(chromium, base, out)
    finally:
        server.terminate()
        server.wait(timeout=10)


def shoot(chromium: str, base: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    html_500 = error_page()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        for label, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=label == "phone")
            page = context.new_page()
            page.route(
                "**/__error__/", lambda route: route.fulfill(status=500, content_type="text/html", body=html_500)
            )
            for name, path in [*PAGES.items(), ("server-error", "/__error__/")]:
                page.goto(base + path)
                target = out / f"{name}-{label}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target.relative_to(REPO) if target.is_relative_to(REPO) else target)
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
