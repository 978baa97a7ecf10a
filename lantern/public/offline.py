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
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import html
import json
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.text import slugify

from lantern.catalog.models import Attachment, Collection, Organisation, Page, Resource, Topic
from lantern.public import cite, labels
from lantern.public.pagecache import version as catalogue_version

# request.META key of a page rendered for a copy (no HTTP header can set a key with a dot).
OFFLINE_META = "lantern.offline_copy"
MANIFEST = ".lantern-copy.json"
MANIFEST_VERSION = 1
# The "made on" line of a page: left out when comparing a page with the copy already written.
MADE_MARK = re.compile(r"<!--copy-made-->.*?<!--/copy-made-->", re.S)
LINK = re.compile(r'\b(href|src|action)="([^"]*)"')
RESULT_PAGES = {"organisation": "publisher", "collection": "collection", "topic": "topic", "country": "country"}
# Directory pages of the site, copied when the site has them.
DIRECTORIES = ("organisations/", "topics/", "countries/", "collections/")
FILTERS = ("type", "topic", "country", "year", "language", "publisher", "collection")
SEARCH_PARAMS = {"q", "page", "sort", *FILTERS}
DOC_CHUNK = 200
MAX_TEXT = 200_000  # characters of a resource's files that are searched in the copy
MAX_TERM = 40


class ExportError(Exception):
    """A copy that cannot be made as asked; the message says why."""


@dataclass
class Options:
    files: str = "all"  # "all", "none", or "under" (then ``max_file_bytes``)
    max_file_bytes: int | None = None
    languages: list[str] = field(default_factory=list)
    collections: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    max_size: int | None = None
    zip: bool = False

    def key(self) -> dict:
        """What the copy depends on besides the catalogue, to tell whether a run can be skipped."""
        return {
            "files": self.files,
            "max_file_bytes": self.max_file_bytes,
            "languages": sorted(self.languages),
            "collections": sorted(self.collections),
            "topics": sorted(self.topics),
        }


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


_FILES_OPTION = re.compile(r"^under-(\d+(?:\.\d+)?)-?MB$", re.I)


def parse_files(value: str) -> tuple[str, int | None]:
    """``all``, ``none`` or ``under-N-MB`` as (mode, largest file in bytes)."""
    value = (value or "").strip()
    if value.lower() in {"all", "none"}:
        return value.lower(), None
    match = _FILES_OPTION.match(value)
    if not match:
        raise ExportError(f"--files must be all, none or under-N-MB (such as under-10-MB), not {value!r}")
    return "under", int(float(match.group(1)) * 1_000_000)


def parse_size(value: str) -> int:
    """A size such as ``4GB``, ``700MB`` or ``700`` (megabytes) in bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(KB|MB|GB)?\s*", value or "", re.I)
    if not match:
        raise ExportError(f"--max-size must be a size such as 700MB or 4GB, not {value!r}")
    unit = {"KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000}[(match.group(2) or "MB").upper()]
    return int(float(match.group(1)) * unit)


def human_size(size: int) -> str:
    if size >= 1_000_000_000:
        return f"{size / 1e9:.2f} GB"
    if size >= 1_000_000:
        return f"{size / 1e6:.1f} MB"
    return f"{size / 1e3:.0f} KB"


# --- choosing what goes in ------------------------------------------------------------------------
def chosen_resources(options: Options):
    """The published resources the copy holds: all, or those of the languages, collections and topics asked."""
    resources = Resource.objects.published()
    if options.languages:
        resources = resources.filter(languages__code__in=options.languages)
    if options.collections:
        known = set(Collection.objects.public().filter(slug__in=options.collections).values_list("slug", flat=True))
        unknown = sorted(set(options.collections) - known)
        if unknown:
            raise ExportError(f"No public collection {', '.join(unknown)}")
        resources = resources.filter(collections__slug__in=options.collections)
    if options.topics:
        topics = {t.slug: t for t in Topic.objects.all()}
        unknown = sorted(set(options.topics) - set(topics))
        if unknown:
            raise ExportError(f"No topic {', '.join(unknown)}")
        wanted = _with_narrower(options.topics, topics.values())
        resources = resources.filter(topics__slug__in=wanted)
    return resources.distinct()


def _with_narrower(slugs: Iterable[str], topics: Iterable[Topic]) -> set[str]:
    """The topics named and every topic below them (a copy on "labour exploitation" holds forced labour)."""
    topics = list(topics)
    by_id = {t.id: t for t in topics}
    wanted = set(slugs)
    changed = True
    while changed:
        changed = False
        for topic in topics:
            parent = by_id.get(topic.parent_id)
            if parent and parent.slug in wanted and topic.slug not in wanted:
                wanted.add(topic.slug)
                changed = True
    return wanted


def interface_languages(options: Options) -> list[str]:
    """The site's interface languages the copy is written in: those asked that the site has, else all."""
    site = [code for code, _name in settings.LANGUAGES]
    asked = [code for code in options.languages if code in site]
    return asked or site


def file_included(attachment: Attachment, options: Options) -> bool:
    if not attachment.file or options.files == "none":
        return False
    if options.files == "under":
        size = attachment.size if attachment.size is not None else _stored_size(attachment)
        return size is not None and size <= (options.max_file_bytes or 0)
    return True


def _stored_size(attachment: Attachment) -> int | None:
    try:
        return attachment.file.size
    except (OSError, ValueError):
        return None


# --- the copy --------------------------------------------------------------------------------------
class Builder:
    """Renders the site into ``stage``, a temporary folder, and lists the stored files to copy."""

    def __init__(self, stage: Path, options: Options, made: dt.datetime, progress: Callable[[str], None]):
        self.stage, self.options, self.made, self.progress = stage, options, made, progress
        self.default_language = settings.LANGUAGE_CODE
        self.languages = interface_languages(options)
        self.client = Client(HTTP_HOST=_host(), HTTP_COOKIE="lantern-offline-copy=1")
        self.resources = {r.slug: r for r in chosen_resources(options).only("id", "slug", "updated_at")}
        self.attachments: dict[int, Attachment] = {}
        for attachment in Attachment.objects.filter(resource__in=list(self.resources.values())).select_related(
            "resource"
        ):
            if file_included(attachment, options):
                self.attachments[attachment.pk] = attachment
        self.files: dict[str, Attachment] = {}  # copy path -> the stored file
        self.queue: list[tuple[str, str]] = []  # (site path, copy path) of pages still to render
        self.planned: set[str] = set()
        self.targets: dict[str, str | None] = {}  # site URL -> copy path: the same links recur on every page
        self.pages = 0

    # Paths of the copy, relative to its root.
    def prefix(self, language: str) -> str:
        return "" if language == self.default_language else f"{language}/"

    def build(self) -> None:
        for language in self.languages:
            prefix = self.prefix(language)
            self.plan(f"/{prefix}", f"{prefix}index.html")
            for directory in DIRECTORIES:
                if _resolves(f"/{prefix}{directory}"):
                    self.plan(f"/{prefix}{directory}", f"{prefix}{directory}index.html")
            for slug in self.resources:
                self.plan(f"/{prefix}resources/{slug}/", f"{prefix}resources/{slug}/index.html")
        while self.queue:
            site_path, copy_path = self.queue.pop(0)
            self.render(site_path, copy_path)
        for language in self.languages:
            self.search_page(language)
        self.static()
        self.feeds_and_citations()

    def plan(self, site_path: str, copy_path: str) -> None:
        if copy_path not in self.planned:
            self.planned.add(copy_path)
            self.queue.append((site_path, copy_path))

    def render(self, site_path: str, copy_path: str) -> None:
        response = self.client.get(site_path, secure=True, **{OFFLINE_META: self.made})
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            self.planned.discard(copy_path)
            return
        self.write_page(copy_path, response.content.decode("utf-8"))
        self.pages += 1
        if self.pages % 200 == 0:
            self.progress(f"{self.pages} pages")

    def write_page(self, copy_path: str, text: str) -> None:
        text = text.replace(f"https://{_host()}/", "/")
        text = LINK.sub(lambda m: self._relink(m, copy_path), text)
        target = self.stage / copy_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def _relink(self, match: re.Match, copy_path: str) -> str:
        attribute, value = match.group(1), html.unescape(match.group(2))
        if not value.startswith("/") or value.startswith("//"):
            return match.group(0)
        if value not in self.targets:
            self.targets[value] = self.target(value)
        target = self.targets[value]
        if target is None:
            # Not in the copy: a link's text stays, without the link.
            return 'data-not-in-copy=""' if attribute == "href" else f'{attribute}=""'
        return f'{attribute}="{html.escape(relative(copy_path, target))}"'

    def target(self, url: str) -> str | None:
        """The copy path a site URL becomes (``#…`` kept), or None when it is not in the copy."""
        parts = urlsplit(url)
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        path = parts.path
        if path.startswith(settings.STATIC_URL):
            return self.static_target(path) and (self.static_target(path) + fragment)
        language, rest = self.default_language, path
        for code in self.languages:
            if code != self.default_language and (path == f"/{code}/" or path.startswith(f"/{code}/")):
                language, rest = code, path[len(code) + 1 :]
        if language not in self.languages and not rest.startswith(("/resources/", "/feeds/")):
            return None
        try:
            with translation.override(language):
                match = resolve(path)
        except Resolver404:
            return None
        name, kwargs, params = match.url_name, match.kwargs, parse_qsl(parts.query, keep_blank_values=False)
        if match.namespace == "api":
            return (
                "feeds/new.rss"
                if path.endswith("/feeds/new.rss")
                else ("feeds/new.atom" if path.endswith("/feeds/new.atom") else None)
            )
        if match.namespace != "public":
            return None
        prefix = self.prefix(language)
        if name == "search":
            return f"{prefix}search/index.html" + _state(params, {}) if params else f"{prefix}search/index.html"
        if name in RESULT_PAGES:
            if params:
                fixed = kwargs.get("slug") or kwargs.get("code")
                return f"{prefix}search/index.html" + _state(params, {RESULT_PAGES[name]: fixed})
            copy = f"{prefix}{rest.lstrip('/')}index.html"
            self.plan(path, copy)
            return copy + fragment
        if name == "resource":
            if kwargs["slug"] not in self.resources:
                return None
            return f"{prefix}resources/{kwargs['slug']}/index.html" + fragment
        if name == "download":
            attachment = self.attachments.get(kwargs["pk"])
            if attachment is None or attachment.resource.slug != kwargs["slug"]:
                return None
            copy = f"resources/{kwargs['slug']}/files/{attachment.pk}/{_file_name(attachment)}"
            self.files[copy] = attachment
            return copy
        if name == "citation":
            return f"resources/{kwargs['slug']}/cite.{kwargs['fmt']}" if kwargs["slug"] in self.resources else None
        if name != "suggest":
            page = dict(params).get("page", "")
            directory = rest.lstrip("/")
            if page.isdigit() and int(page) > 1:
                copy = f"{prefix}{directory}page-{int(page)}.html"
                self.plan(f"{path}?page={int(page)}", copy)
            else:
                copy = f"{prefix}{directory}index.html"
                self.plan(path, copy)
            return copy + fragment
        return None

    def static_target(self, path: str) -> str | None:
        name = path[len(settings.STATIC_URL) :]
        return f"static/{name}" if _static_source(name) else None

    def static(self) -> None:
        """The stylesheet, scripts and pictures the pages link to, and the search scripts."""
        names = {"public/offline-search.js"}
        for page in self.stage.rglob("*.html"):
            names.update(re.findall(r'="(?:\.\./)*static/([^"#?]+)"', page.read_text(encoding="utf-8")))
        for name in names:
            source = _static_source(name)
            if source:
                target = self.stage / "static" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)

    def search_page(self, language: str) -> None:
        """The copy's own search page: the form, then results and filters drawn by offline-search.js."""
        prefix = self.prefix(language)
        request = RequestFactory(HTTP_HOST=_host()).get(f"/{prefix}search/", secure=True, **{OFFLINE_META: self.made})
        with translation.override(language):
            text = render_to_string(
                "public/offline_search.html",
                {"search_data": {"prefix": prefix, "labels": filter_labels(), "strings": search_strings()}},
                request=request,
            )
        self.write_page(f"{prefix}search/index.html", text)
        self.pages += 1

    def feeds_and_citations(self) -> None:
        for fmt in ("rss", "atom"):
            response = self.client.get(f"/feeds/new.{fmt}", secure=True)
            if response.status_code == 200:
                text = response.content.decode("utf-8").replace(f"https://{_host()}/", "../")
                (self.stage / "feeds").mkdir(exist_ok=True)
                (self.stage / "feeds" / f"new.{fmt}").write_text(text, encoding="utf-8")
        for slug in self.resources:
            for fmt in cite.DOWNLOADS if cite.available() else ():
                response = self.client.get(f"/resources/{slug}/cite.{fmt}", secure=True)
                if response.status_code == 200:
                    target = self.stage / "resources" / slug / f"cite.{fmt}"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(response.content)


def _host() -> str:
    for host in settings.ALLOWED_HOSTS:
        host = host.lstrip(".")
        if host and host != "*" and not host.startswith("["):
            return host
    return "localhost"


def _resolves(path: str) -> bool:
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


def _static_source(name: str) -> str | None:
    found = finders.find(name)
    if found:
        return found
    root = Path(settings.STATIC_ROOT or "")
    return str(root / name) if settings.STATIC_ROOT and (root / name).is_file() else None


def _state(params: list[tuple[str, str]], fixed: dict[str, str]) -> str:
    """A result page's query string as the copy's search state (``#q=…&topic=…``)."""
    kept = [(k, v) for k, v in params if k in SEARCH_PARAMS and k not in fixed]
    kept += list(fixed.items())
    return "#" + urlencode(kept) if kept else ""


def _file_name(attachment: Attachment) -> str:
    name = attachment.filename or PurePosixPath(attachment.file.name).name or "file"
    stem, dot, extension = name.rpartition(".")
    clean = slugify(stem if dot else name)[:80] or "file"
    extension = re.sub(r"[^A-Za-z0-9]", "", extension)[:10] if dot else ""
    return f"{clean}.{extension.lower()}" if extension else clean


def relative(from_path: str, to_path: str) -> str:
    """The link from one file of the copy to another (``fr/resources/x/index.html`` → ``../../../about/``)."""
    target, _hash, fragment = to_path.partition("#")
    depth = from_path.count("/")
    link = "../" * depth + target
    if target == from_path:
        link = PurePosixPath(target).name
    return link + (f"#{fragment}" if _hash else "")


# --- search records ---------------------------------------------------------------------------------
def filter_labels() -> dict[str, dict[str, str]]:
    """Readable names of every filter value, in the active language, for the copy's search page."""
    topics = {t.slug: labels.topic_name(t) for t in Topic.objects.all()}
    from lantern.catalog.models import Country, Language

    return {
        "type": {value: str(label) for value, label in Resource.Type.choices},
        "topic": topics,
        "country": {c.code: labels.country_name(c.name) for c in Country.objects.all()},
        "language": {lang.code: labels.language_name(lang.name) for lang in Language.objects.all()},
        "publisher": dict(Organisation.objects.public().values_list("slug", "name")),
        "collection": dict(Collection.objects.public().values_list("slug", "name")),
    }


def search_strings() -> dict:
    """The words of the copy's search page that its script writes, in the active language."""
    from django.utils.translation import gettext as _

    from lantern.public.views import FILTER_NAMES

    return {
        "filters": {name: str(FILTER_NAMES[name]) for name in FILTERS},
        "selected": _("Selected:"),
        "clear": _("Clear all filters"),
        "previous": _("Previous"),
        "next": _("Next"),
        "page": _("Page"),
        "none": _("No resource matches this search."),
        "one": _("1 resource"),
        "many": _("%s resources"),
    }


def search_records(builder: Builder) -> list[dict]:
    """One record per resource of the copy: what is searched, shown and filtered on."""
    ids = [r.id for r in builder.resources.values()]
    texts: dict[int, list[str]] = defaultdict(list)
    included = {attachment.pk for attachment in builder.files.values()}
    sizes: dict[int, int] = defaultdict(int)
    for resource_id, text in (
        Page.objects.filter(attachment_id__in=included)
        .order_by("attachment_id", "number")
        .values_list("attachment__resource_id", "text")
    ):
        if sizes[resource_id] < MAX_TEXT:
            texts[resource_id].append(text[: MAX_TEXT - sizes[resource_id]])
            sizes[resource_id] += len(text)
    records = []
    queryset = (
        Resource.objects.filter(id__in=ids)
        .prefetch_related("topics", "countries", "languages", "collections", "publisher_links__organisation")
        .order_by("id")
    )
    for item in queryset.iterator(chunk_size=500):
        publishers = [link.organisation for link in item.publisher_links.all()]
        topics = list(item.topics.all())
        year = str(item.published_date.year) if item.published_date else ""
        records.append(
            {
                "url": f"resources/{item.slug}/",
                "title": item.title,
                "teaser": item.teaser or item.summary[:250],
                "publisher": ", ".join(p.name for p in publishers),
                "year": year,
                "date": item.published_date.isoformat() if item.published_date else "",
                "type": item.type,
                "filters": {
                    "type": [item.type],
                    "topic": [t.slug for t in topics],
                    "country": [c.code for c in item.countries.all()],
                    "year": [year] if year else [],
                    "language": [lang.code for lang in item.languages.all()],
                    "publisher": [p.slug for p in publishers if p.slug],
                    "collection": [c.slug for c in item.collections.all()],
                },
                "fields": [
                    (item.title, 10),
                    (" ".join([item.teaser, item.summary]), 3),
                    (" ".join(p.name + " " + (p.acronym or "") for p in publishers), 3),
                    (" ".join(t.name for t in topics), 3),
                    ("\n".join(texts.get(item.id, [])), 1),
                ],
            }
        )
    # Newest first: the copy's own index lists documents in this order when nothing is typed.
    records.sort(key=lambda record: record["date"], reverse=True)
    return records


def write_pagefind(stage: Path, records: list[dict]) -> None:
    """Pagefind's index of the records in ``stage/pagefind`` (used over HTTP).

    Each record is written as a small HTML page that Pagefind reads from a folder, in one request to
    its indexer: added one by one, each record waits for the Python wrapper's reply loop, which
    checks for a reply every tenth of a second (ten records a second at best).
    """
    with tempfile.TemporaryDirectory(prefix="lantern-pagefind-") as tmp:
        site = Path(tmp)
        for record in records:
            page = site / record["url"] / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(pagefind_page(record), encoding="utf-8")
        asyncio.run(_pagefind(site, stage / "pagefind"))


def pagefind_page(record: dict) -> str:
    """A record as the page Pagefind indexes: its words in the body; meta, filters and sort from attributes.

    Values are read from an attribute (``name[data-value]``), so a comma or colon in a title or a
    publisher's name is kept as it is, and the empty elements add no words to what is searched.
    """

    def value(kind: str, name: str, text: str) -> str:
        return f'<span data-pagefind-{kind}="{name}[data-value]" data-value="{html.escape(text)}"></span>'

    meta = {**{key: record[key] for key in ("title", "publisher", "year", "type")}, "teaser": record["teaser"][:300]}
    tags = [value("meta", key, text) for key, text in meta.items() if text]
    tags += [value("filter", name, item) for name, values in record["filters"].items() for item in values]
    tags.append(value("sort", "date", record["date"] or "0000"))
    (title, _weight), *rest = record["fields"]
    body = f"<h1>{html.escape(title)}</h1>" + "".join(f"<p>{html.escape(text)}</p>" for text, _w in rest if text)
    return (
        f'<!doctype html><html lang="{settings.LANGUAGE_CODE}"><head><meta charset="utf-8"></head>'
        f"<body>{''.join(tags)}<main data-pagefind-body>{body}</main></body></html>"
    )


async def _pagefind(site: Path, output: Path) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(output_path=str(output), force_language=settings.LANGUAGE_CODE)
    async with PagefindIndex(config=config) as index:
        await index.add_directory(str(site))
        await index.write_files(output_path=str(output))


def fold(text: str) -> list[str]:
    """The words of a text as the copy's own index keeps them: lower case, accents removed."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return [w for w in re.findall(r"[^\W_]+", plain) if 2 <= len(w) <= MAX_TERM]


def shard_key(word: str) -> str:
    """The file a word's entry lives in: its first two characters, spelled safely for a file name."""
    return "".join(c if "a" <= c <= "z" or "0" <= c <= "9" else f"_{ord(c):x}" for c in word[:2])


def write_script_index(stage: Path, records: list[dict]) -> None:
    """The copy's own index in ``stage/search-index``, as classic scripts (they load from ``file://``).

    ``index.js`` holds the filters (value -> document numbers) and the list of word files;
    ``t/KEY.js`` maps each word to ``[document, weight, …]``; ``d/N.js`` holds what a result
    shows for documents ``N*DOC_CHUNK`` onwards.
    """
    out = stage / "search-index"
    (out / "t").mkdir(parents=True, exist_ok=True)
    (out / "d").mkdir(parents=True, exist_ok=True)
    shards: dict[str, dict[str, list[int]]] = defaultdict(dict)
    filters: dict[str, dict[str, list[int]]] = {name: defaultdict(list) for name in FILTERS}
    for number, record in enumerate(records):
        weights: dict[str, int] = defaultdict(int)
        for text, weight in record["fields"]:
            for word in fold(text):
                weights[word] = min(weights[word] + weight, 30)
        for word, weight in weights.items():
            shards[shard_key(word)].setdefault(word, []).extend((number, weight))
        for name, values in record["filters"].items():
            for value in values:
                filters[name][value].append(number)
    for key, entries in shards.items():
        _script(out / "t" / f"{key}.js", f"t/{key}", entries)
    for start in range(0, len(records), DOC_CHUNK):
        rows = [
            [r["url"], r["title"], r["teaser"][:300], r["publisher"], r["year"], r["type"], r["date"]]
            for r in records[start : start + DOC_CHUNK]
        ]
        _script(out / "d" / f"{start // DOC_CHUNK}.js", f"d/{start // DOC_CHUNK}", rows)
    _script(
        out / "index.js",
        "index",
        {"count": len(records), "chunk": DOC_CHUNK, "shards": sorted(shards), "filters": filters},
    )


def _script(path: Path, name: str, data) -> None:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    path.write_text(f"LanternIndex.loaded({json.dumps(name)},{payload});\n", encoding="utf-8")


# --- writing the destination ------------------------------------------------------------------------
def _digest(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".html":
        data = MADE_MARK.sub("", data.decode("utf-8")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _file_digest(attachment: Attachment) -> str:
    return attachment.sha256 or f"{attachment.pk}:{attachment.size}:{attachment.file.name}"


def read_manifest(dest: Path) -> dict:
    try:
        data = json.loads((dest / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("manifest") == MANIFEST_VERSION else {}


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
    if (
        manifest
        and manifest.get("catalogue_version") == current
        and manifest.get("options") == options.key()
        and all((dest / name).exists() for name in manifest.get("files", {}))
    ):
        report.skipped = True
        report.size = sum(entry["size"] for entry in manifest["files"].values())
        report.pages = manifest.get("pages", 0)
        report.resources = manifest.get("resources", 0)
        report.unchanged = len(manifest["files"])
        _maybe_zip(dest, options, report)
        return report
    made = now or dt.datetime.now(dt.UTC)
    with tempfile.TemporaryDirectory(prefix="lantern-copy-") as tmp:
        stage = Path(tmp)
        builder = Builder(stage, options, made, progress)
        progress(f"rendering the pages of {len(builder.resources)} resources")
        builder.build()
        progress("building the search indexes")
        records = search_records(builder)
        write_pagefind(stage, records)
        write_script_index(stage, records)
        report.pages, report.resources, report.files = builder.pages, len(builder.resources), len(builder.files)
        entries = _entries(stage, builder)
        report.size = sum(entry["size"] for entry in entries.values())
        if options.max_size is not None and report.size > options.max_size:
            raise ExportError(
                f"The copy would be {human_size(report.size)}, over --max-size {human_size(options.max_size)}: "
                "nothing was written. Leave out files (--files none or --files under-N-MB) or choose fewer "
                "resources (--collection, --topic, --language)."
            )
        progress("writing what changed")
        _sync(stage, dest, builder, entries, manifest.get("files", {}), report)
        new_manifest = {
            "manifest": MANIFEST_VERSION,
            "catalogue_version": current,
            "made": made.isoformat(),
            "options": options.key(),
            "pages": report.pages,
            "resources": report.resources,
            "files": entries,
        }
        (dest / MANIFEST).write_text(json.dumps(new_manifest, indent=0, sort_keys=True), encoding="utf-8")
    _maybe_zip(dest, options, report)
    return report


def _entries(stage: Path, builder: Builder) -> dict[str, dict]:
    """Every file of the copy: its size and the digest that tells whether it changed."""
    entries = {}
    for path in stage.rglob("*"):
        if path.is_file():
            entries[path.relative_to(stage).as_posix()] = {"size": path.stat().st_size, "digest": _digest(path)}
    for name, attachment in builder.files.items():
        size = attachment.size if attachment.size is not None else (_stored_size(attachment) or 0)
        entries[name] = {"size": size, "digest": _file_digest(attachment)}
    return entries


def _sync(stage: Path, dest: Path, builder: Builder, entries: dict, previous: dict, report: Report) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for name, entry in sorted(entries.items()):
        target = dest / name
        if previous.get(name, {}).get("digest") == entry["digest"] and target.exists():
            report.unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if name in builder.files:
            with builder.files[name].file.open("rb") as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
        else:
            shutil.copyfile(stage / name, target)
        report.written += 1
    for name in set(previous) - set(entries):
        stale = dest / name
        if stale.is_file():
            stale.unlink()
            report.removed += 1
    for folder in sorted((p for p in dest.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(folder.iterdir()):
            folder.rmdir()


def _maybe_zip(dest: Path, options: Options, report: Report) -> None:
    if not options.zip:
        return
    archive = dest.with_name(dest.name + ".zip")
    part = archive.with_name(archive.name + ".part")
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out:
        for path in sorted(dest.rglob("*")):
            if path.is_file() and path.name != MANIFEST:
                out.write(path, PurePosixPath(dest.name, path.relative_to(dest).as_posix()).as_posix())
    part.replace(archive)
    report.zip_path, report.zip_size = archive, archive.stat().st_size
