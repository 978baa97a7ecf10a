"""``lantern export-site``: the public hub as a static site for a folder, a USB stick or any static server.

The copy is the site itself: every page is rendered by the site's own views and templates through
Django's test client (the whole middleware stack, in process), with a flag in the request
(``OFFLINE_META``) that the templates read to say when the copy was made and to leave out what
needs a server (the suggestion form). Links are then made relative, so the copy works from
``file://`` and from any sub-folder of a web server:

- a page without a query string is written as ``…/index.html``; a directory's ``?page=N`` as
  ``…/page-N.html``; the site's other query strings of a directory are dropped;
- a result page with a query string (search, filters, a topic's page 2) becomes the copy's own
  search page with the same state after ``#``: the copy searches in the browser;
- a resource page, a citation or a file that is not in the copy loses its link (the text stays).

Pages are found by following links from the home page, the resource pages chosen and the
directories, so any page the site links to (a directory added later included) is copied.

Search in the browser has two engines over the same records (title, teaser, summary, publishers,
topics and the text of the files copied), with the site's filters: Pagefind's index (``pagefind/``)
over HTTP, and for ``file://``, where browsers refuse the module script and the ``fetch`` Pagefind
needs, a small index of its own (``search-index/``) split into classic scripts loaded by
``<script>`` tags, so a query loads only the parts it needs.

Incremental: the copy is built in a temporary folder and then compared with the destination's
manifest (``.lantern-copy.json``): only files whose content changed are written (a page's
"made on" line aside), files of resources no longer in the copy are removed, and a run on an
unchanged catalogue (same catalogue version and options) writes nothing at all.

This module runs a copy (``export_site``); what goes in is chosen by ``offline_options``, the pages
are rendered by ``offline_pages``, the search indexes built by ``offline_search``, and the
destination brought up to date by ``offline_destination``.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lantern.catalog.versions import version as catalogue_version
from lantern.public.offline_destination import MANIFEST, file_entries, read_manifest, sync, write_manifest, write_zip
from lantern.public.offline_options import ExportError, Options, human_size, interface_languages
from lantern.public.offline_pages import Builder
from lantern.public.offline_search import search_records, write_pagefind, write_script_index


@dataclass
class Report:
    path: Path
    pages: int = 0
    resources: int = 0
    files: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    size: int = 0
    skipped: bool = False
    zip_path: Path | None = None
    zip_size: int = 0
    interface: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def export_site(
    dest: str | os.PathLike,
    options: Options,
    progress: Callable[[str], None] = lambda message: None,
    now: dt.datetime | None = None,
) -> Report:
    """Write (or bring up to date) the static copy of the public hub in ``dest``; see the module's docstring."""
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise ExportError(f"{dest} exists and is not a folder")
    if dest.is_dir() and any(dest.iterdir()) and not (dest / MANIFEST).exists():
        raise ExportError(f"{dest} is not empty and holds no Lantern copy: give an empty or new folder")
    report = Report(path=dest)
    manifest = read_manifest(dest)
    current = catalogue_version()
    report.interface = interface_languages(options)
    if _up_to_date(dest, manifest, current, options):
        report.skipped = True
        report.size = sum(entry["size"] for entry in manifest["files"].values())
        report.pages = manifest.get("pages", 0)
        report.resources = manifest.get("resources", 0)
        report.unchanged = len(manifest["files"])
    else:
        made = now or dt.datetime.now(dt.UTC)
        with tempfile.TemporaryDirectory(prefix="lantern-copy-") as tmp:
            _build(Path(tmp), dest, options, made, progress, manifest, current, report)
    if options.zip:
        report.zip_path, report.zip_size = write_zip(dest)
    return report


def _up_to_date(dest: Path, manifest: dict, current: int | None, options: Options) -> bool:
    """Whether the copy in ``dest`` was made from this catalogue with these options, and is whole."""
    return bool(
        manifest
        and manifest.get("catalogue_version") == current
        and manifest.get("options") == options.key()
        and all((dest / name).exists() for name in manifest.get("files", {}))
    )


def _build(
    stage: Path,
    dest: Path,
    options: Options,
    made: dt.datetime,
    progress: Callable[[str], None],
    manifest: dict,
    current: int | None,
    report: Report,
) -> None:
    """Render the copy in ``stage``, then write to ``dest`` what changed since ``manifest``."""
    builder = Builder(stage, options, made, progress)
    progress(f"rendering the pages of {len(builder.resources)} resources")
    builder.build()
    progress("building the search indexes")
    included = {attachment.pk for attachment in builder.files.values()}
    records = search_records([r.id for r in builder.resources.values()], included)
    write_pagefind(stage, records)
    write_script_index(stage, records)
    report.pages, report.resources, report.files = builder.pages, len(builder.resources), len(builder.files)
    entries = file_entries(stage, builder.files)
    report.size = sum(entry["size"] for entry in entries.values())
    if options.max_size is not None and report.size > options.max_size:
        raise ExportError(
            f"The copy would be {human_size(report.size)}, over --max-size {human_size(options.max_size)}: "
            "nothing was written. Leave out files (--files none or --files under-N-MB) or choose fewer "
            "resources (--collection, --topic, --language)."
        )
    progress("writing what changed")
    previous = manifest.get("files", {})
    report.written, report.unchanged, report.removed = sync(stage, dest, builder.files, entries, previous)
    write_manifest(
        dest,
        {
            "catalogue_version": current,
            "made": made.isoformat(),
            "options": options.key(),
            "pages": report.pages,
            "resources": report.resources,
            "files": entries,
        },
    )
