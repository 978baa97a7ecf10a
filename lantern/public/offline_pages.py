"""The pages of an offline copy: the site's own views rendered through Django's test client, with
``OFFLINE_META`` in the request, their links made relative, and what they link to (more pages,
stored files, static files, feeds, citations) found and copied. See ``lantern.public.offline``."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.text import slugify

from lantern.catalog.models import Attachment
from lantern.public import cite
from lantern.public.offline_options import Options, chosen_resources, file_included, interface_languages
from lantern.public.offline_search import FILTERS, filter_labels, search_strings

# request.META key of a page rendered for a copy (no HTTP header can set a key with a dot).
OFFLINE_META = "lantern.offline_copy"
LINK = re.compile(r'\b(href|src|action)="([^"]*)"')
RESULT_PAGES = {"organisation": "publisher", "collection": "collection", "topic": "topic", "country": "country"}
# Directory pages of the site, copied when the site has them.
DIRECTORIES = ("organisations/", "topics/", "countries/", "collections/")
SEARCH_PARAMS = {"q", "page", "sort", *FILTERS}


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
            static = self.static_target(path)
            return static and (static + fragment)
        language, rest = self._language_of(path)
        if language not in self.languages and not rest.startswith(("/resources/", "/feeds/")):
            return None
        try:
            with translation.override(language):
                match = resolve(path)
        except Resolver404:
            return None
        if match.namespace == "api":
            return _feed_target(path)
        if match.namespace != "public":
            return None
        params = parse_qsl(parts.query, keep_blank_values=False)
        return self._page_target(match.url_name, match.kwargs, params, path, rest, language, fragment)

    def _language_of(self, path: str) -> tuple[str, str]:
        """The interface language of a site path, and the path without its language's prefix."""
        language, rest = self.default_language, path
        for code in self.languages:
            if code != self.default_language and (path == f"/{code}/" or path.startswith(f"/{code}/")):
                language, rest = code, path[len(code) + 1 :]
        return language, rest

    def _page_target(
        self, name: str, kwargs: dict, params: list[tuple[str, str]], path: str, rest: str, language: str, fragment: str
    ) -> str | None:
        """The copy path of a public page; a result page with a query string is the copy's search."""
        prefix = self.prefix(language)
        if name == "search":
            return f"{prefix}search/index.html" + (_state(params, {}) if params else "")
        if name in RESULT_PAGES and params:
            fixed = kwargs.get("slug") or kwargs.get("code")
            return f"{prefix}search/index.html" + _state(params, {RESULT_PAGES[name]: fixed})
        if name == "resource":
            if kwargs["slug"] not in self.resources:
                return None
            return f"{prefix}resources/{kwargs['slug']}/index.html" + fragment
        if name == "download":
            return self._file_target(kwargs["slug"], kwargs["pk"])
        if name == "citation":
            return f"resources/{kwargs['slug']}/cite.{kwargs['fmt']}" if kwargs["slug"] in self.resources else None
        if name == "suggest":
            return None
        # A result page without a query string, a directory or another page of the site.
        page = dict(params).get("page", "")
        directory = rest.lstrip("/")
        if page.isdigit() and int(page) > 1:
            copy = f"{prefix}{directory}page-{int(page)}.html"
            self.plan(f"{path}?page={int(page)}", copy)
        else:
            copy = f"{prefix}{directory}index.html"
            self.plan(path, copy)
        return copy + fragment

    def _file_target(self, slug: str, pk: int) -> str | None:
        """The copy path of a stored file, listed to be copied, or None when the copy leaves it out."""
        attachment = self.attachments.get(pk)
        if attachment is None or attachment.resource.slug != slug:
            return None
        copy = f"resources/{slug}/files/{attachment.pk}/{_file_name(attachment)}"
        self.files[copy] = attachment
        return copy

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


def _feed_target(path: str) -> str | None:
    """The copy path of the site's feed of new resources (the API's other addresses are left out)."""
    if path.endswith("/feeds/new.rss"):
        return "feeds/new.rss"
    return "feeds/new.atom" if path.endswith("/feeds/new.atom") else None


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
