"""What an offline copy holds: the options of ``lantern export-site`` read and checked, and the
resources, files and interface languages they choose. ``ExportError`` says why a copy cannot be
made as asked."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings

from lantern.catalog.models import Attachment, Collection, Resource, Topic


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
        size = attachment.size if attachment.size is not None else stored_size(attachment)
        return size is not None and size <= (options.max_file_bytes or 0)
    return True


def stored_size(attachment: Attachment) -> int | None:
    """The size of a stored file as its storage reports it (None when it cannot be read)."""

    try:
        return attachment.file.size
    except (OSError, ValueError):
        return None
