"""`lantern export-site DIR`: the demo hub as a static copy for a folder or a USB stick (issue 21).

The hub is the demo hub loaded by a real `lantern demo` into a throwaway data directory; every copy
is made by a real `lantern export-site` process, and the copy is read as files, as a visitor's
browser would find them (the browser itself is in tests/browser/test_offline_browser.py).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

REPO = Path(__file__).resolve().parents[1]
LANTERN = str(Path(sys.executable).with_name("lantern"))
MADE = re.compile(r"Offline copy made on \d{1,2} \w+ \d{4}|Copie hors ligne|Copia sin conexi", re.I)

DUMP = """
import json, django
django.setup()
from lantern.catalog.models import Resource, Topic
rows = []
for r in Resource.objects.published().prefetch_related("languages", "collections", "topics", "publishers",
                                                       "countries", "attachments"):
    rows.append({"slug": r.slug, "title": r.title,
                 "languages": [x.code for x in r.languages.all()],
                 "collections": [x.slug for x in r.collections.all()],
                 "topics": [x.slug for x in r.topics.all()],
                 "publishers": [x.slug for x in r.publishers.all()],
                 "countries": [x.code for x in r.countries.all()],
                 "files": r.attachments.count()})
topics = {t.slug: (t.parent.slug if t.parent_id else None) for t in Topic.objects.select_related("parent")}
print(json.dumps({"resources": rows, "topics": topics}))
"""


def run(env: dict, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([LANTERN, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=900, check=False)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def python(env: dict, code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=300, check=True
    )
    return done.stdout


@pytest.fixture(scope="module")
def hub_env(tmp_path_factory) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env["LANTERN_DATA_DIR"] = str(tmp_path_factory.mktemp("offline-hub"))
    run(env, "demo")
    env["DJANGO_SETTINGS_MODULE"] = "lantern.settings"
    return env


@pytest.fixture(scope="module")
def catalogue(hub_env) -> dict:
    return json.loads(python(hub_env, DUMP))


@pytest.fixture(scope="module")
def full_copy(hub_env, tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("copies") / "full"
    run(hub_env, "export-site", str(dest))
    return dest


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in {"href", "src", "action"} and value is not None:
                self.links.append((tag, name, value))


def broken_links(root: Path) -> list[tuple[str, str, str]]:
    """Every href/src/action of every page: other hosts only as plain links, the rest a file of the copy."""
    broken = []
    for page in root.rglob("*.html"):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, name, value in parser.links:
            parts = urlsplit(value)
            where = str(page.relative_to(root))
            if parts.scheme in {"mailto", "tel"}:
                continue
            if parts.scheme or parts.netloc:
                if not (tag == "a" and name == "href"):
                    broken.append((where, value, "loads from another host"))
                continue
            if not parts.path:
                continue
            if parts.path.startswith("/"):
                broken.append((where, value, "absolute path: breaks on file://"))
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_relative_to(root.resolve()):
                broken.append((where, value, "outside the copy"))
            elif not (target / "index.html" if target.is_dir() else target).is_file():
                broken.append((where, value, "missing"))
    return broken


def resource_pages(root: Path, prefix: str = "") -> set[str]:
    return {p.parent.name for p in (root / prefix / "resources").glob("*/index.html")}


def test_copy_holds_every_page_type(full_copy, catalogue):
    resources = catalogue["resources"]
    for page in ("index.html", "search/index.html", "about/index.html", "fr/index.html", "es/index.html"):
        assert (full_copy / page).is_file(), page
    for directory in ("organisations", "topics", "countries", "collections"):
        assert (full_copy / directory / "index.html").is_file(), directory
    assert resource_pages(full_copy) == {r["slug"] for r in resources}
    for resource in resources:
        folder = full_copy / "resources" / resource["slug"]
        assert resource["title"].split()[0] in (folder / "index.html").read_text(encoding="utf-8")
        assert (folder / "cite.bibtex").read_text(encoding="utf-8").startswith("@")
        assert "TY  -" in (folder / "cite.ris").read_text(encoding="utf-8")
        for name in ("publishers", "topics", "collections"):
            section = {"publishers": "organisations"}.get(name, name)
            for slug in resource[name]:
                assert (full_copy / section / slug / "index.html").is_file(), (section, slug)
        for code in resource["countries"]:
            assert (full_copy / "countries" / code / "index.html").is_file(), code
    for feed in ("new.atom", "new.rss"):
        assert len(ET.parse(full_copy / "feeds" / feed).getroot()) > 0
    files = [p for p in full_copy.glob("resources/*/files/*/*") if p.is_file()]
    assert len(files) == sum(r["files"] for r in resources) > 0
    assert all(f.read_bytes().startswith(b"%PDF") for f in files if f.suffix == ".pdf")


def test_every_relative_link_resolves_inside_the_copy(full_copy):
    assert broken_links(full_copy) == []


def test_every_page_says_when_the_copy_was_made(full_copy):
    pages = list(full_copy.rglob("*.html"))
    assert len(pages) > 500
    assert [str(p) for p in pages if "copy-made" not in p.read_text(encoding="utf-8")] == []
    assert MADE.search((full_copy / "index.html").read_text(encoding="utf-8"))


def test_files_none_and_under_a_size(hub_env, tmp_path):
    run(hub_env, "export-site", str(tmp_path / "none"), "--files", "none", "--language", "en")
    assert [p for p in (tmp_path / "none").glob("resources/*/files/*/*")] == []
    assert broken_links(tmp_path / "none") == []
    run(hub_env, "export-site", str(tmp_path / "small"), "--files", "under-0.4-MB", "--language", "en")
    kept = [p for p in (tmp_path / "small").glob("resources/*/files/*/*") if p.is_file()]
    assert kept and all(p.stat().st_size < 400_000 for p in kept)
    assert len(kept) < 5  # the demo's toolkit (0.53 MB) and one NRM form (0.66 MB) are left out
    assert broken_links(tmp_path / "small") == []


def mtimes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def test_second_run_rewrites_only_what_changed(hub_env, full_copy, catalogue):
    before = mtimes(full_copy)
    done = run(hub_env, "export-site", str(full_copy))
    assert "nothing written" in done.stdout
    assert mtimes(full_copy) == before
    slug = catalogue["resources"][0]["slug"]
    python(
        hub_env,
        "import django; django.setup()\n"
        "from lantern.catalog.models import Resource\n"
        f"r = Resource.objects.get(slug={slug!r}); r.title = 'Quietly renamed for the stick'; r.save()\n",
    )
    done = run(hub_env, "export-site", str(full_copy))
    written = int(re.search(r"(\d+) written", done.stdout).group(1))
    after = mtimes(full_copy)
    changed = {name for name in after if after[name] != before.get(name)}
    page = f"resources/{slug}/index.html"
    assert page in changed
    assert "Quietly renamed for the stick" in (full_copy / page).read_text(encoding="utf-8")
    assert written == len(changed - {".lantern-copy.json"})
    assert written < len(before) / 3  # lists that show the title and the search index, not every page
    untouched = next(r["slug"] for r in catalogue["resources"][1:] if r["files"])
    assert f"resources/{untouched}/index.html" not in changed


def pagefind_records(root: Path) -> dict[str, dict]:
    """Pagefind's record of each page, read back from its fragments (gzipped JSON after a signature)."""
    records = {}
    for fragment in (root / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes())
        record = json.loads(data[len(b"pagefind_dcd") :])
        records[record["url"].strip("/")] = record
    return records


def test_pagefind_index_holds_every_resource_with_its_filters(hub_env, full_copy):
    # The search over HTTP shows a result's title and publishers from the index and filters on its topics:
    # every resource is there once, with a title or publisher list holding commas and colons kept whole.
    records = pagefind_records(full_copy)
    now = json.loads(python(hub_env, DUMP))  # as it is now: another test renames a resource and updates the copy
    resources = {r["slug"]: r for r in now["resources"]}
    assert set(records) == {f"resources/{slug}" for slug in resources}
    for slug, resource in resources.items():
        record = records[f"resources/{slug}"]
        assert record["meta"]["title"] == resource["title"]
        assert resource["title"].split()[-1] in record["content"]
        assert sorted(record["filters"].get("topic", [])) == sorted(resource["topics"])
        assert sorted(record["filters"].get("language", [])) == sorted(resource["languages"])
        assert sorted(record["filters"].get("publisher", [])) == sorted(resource["publishers"])
    assert any("," in r["meta"].get("publisher", "") for r in records.values())
    assert any(":" in r["meta"]["title"] for r in records.values())


def test_max_size_refuses_a_copy_too_large_and_writes_nothing(hub_env, tmp_path):
    done = run(hub_env, "export-site", str(tmp_path / "stick"), "--max-size", "1MB", check=False)
    assert done.returncode == 1
    assert "over --max-size 1.0 MB: nothing was written" in done.stderr
    assert not (tmp_path / "stick").exists()
    run(hub_env, "export-site", str(tmp_path / "stick"), "--files", "none", "--language", "en", "--max-size", "50MB")
    before = mtimes(tmp_path / "stick")
    done = run(hub_env, "export-site", str(tmp_path / "stick"), "--max-size", "1MB", check=False)
    assert done.returncode == 1
    assert mtimes(tmp_path / "stick") == before  # the copy already there is left as it was


def test_zip_holds_the_copy_in_one_folder(hub_env, tmp_path):
    dest = tmp_path / "stick"
    done = run(hub_env, "export-site", str(dest), "--files", "none", "--language", "en", "--zip")
    archive = tmp_path / "stick.zip"
    assert f"Archive: {archive}" in done.stdout
    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
        assert opened.read("stick/index.html") == (dest / "index.html").read_bytes()
    files = {f"stick/{name}" for name in mtimes(dest)}
    assert names == files - {"stick/.lantern-copy.json"}
