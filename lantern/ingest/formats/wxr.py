"""WordPress eXtended RSS (WXR) — the export file of a WordPress hub — to canonical records.

Posts, pages and custom post types (a "resource" type, a shop "product"…) become records; their
attachments (``wp:attachment_url`` of child attachment items) become file links; categories and
tags become topics where the hub knows them. The original page's URL becomes ``source_url``,
which makes a second import of the same file update rather than duplicate. The file is parsed
with defusedxml: no DTDs, no entities, no network.
"""

from __future__ import annotations

import re

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from lantern.lib.citations import Row
from lantern.lib.text import truncate_words

WP_SKIP = {"attachment", "nav_menu_item", "revision", "custom_css", "customize_changeset", "wp_block", "oembed_cache"}
NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_TAGS = re.compile(r"<[^>]+>")


def _wp_ns(root) -> str:
    """WXR versions 1.0–1.2 use different namespace URIs for ``wp:``; find the one used."""
    for element in root.iter():
        if element.tag.startswith("{http://wordpress.org/export/"):
            uri = element.tag[1:].split("}")[0]
            if "excerpt" not in uri:
                return uri
    return "http://wordpress.org/export/1.2/"


def read_wxr(data: bytes) -> list[Row]:
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except (SafeET.ParseError, DefusedXmlException, ValueError) as exc:
        return [(0, None, f"not a WordPress export (WXR) file: {exc}")]
    wp = _wp_ns(root)
    excerpt_ns = next(
        (
            e.tag[1:].split("}")[0]
            for e in root.iter()
            if e.tag.startswith("{http://wordpress.org/export/") and "excerpt" in e.tag
        ),
        NS["excerpt"],
    )
    items = root.findall("./channel/item")
    if root.tag != "rss" or root.find("channel") is None:
        return [(0, None, "not a WordPress export (WXR) file: no rss/channel")]
    attachments: dict[str, list[str]] = {}
    for item in items:
        if _text(item, f"{{{wp}}}post_type") == "attachment":
            url = _text(item, f"{{{wp}}}attachment_url")
            parent = _text(item, f"{{{wp}}}post_parent")
            if url and parent and parent != "0":
                attachments.setdefault(parent, []).append(url)
    rows: list[Row] = []
    for number, item in enumerate(items, start=1):
        kind = _text(item, f"{{{wp}}}post_type") or "post"
        if kind in WP_SKIP:
            continue
        record = _record(item, wp, excerpt_ns, attachments.get(_text(item, f"{{{wp}}}post_id"), []))
        rows.append((number, record, "") if record.get("title") else (number, None, "the item has no title"))
    return rows


def _text(item, path: str) -> str:
    element = item.find(path)
    return (element.text or "").strip() if element is not None else ""


def _plain(html: str) -> str:
    return " ".join(_TAGS.sub(" ", html).split())


def _record(item, wp: str, excerpt_ns: str, files: list[str]) -> dict:
    content = _text(item, f"{{{NS['content']}}}encoded")
    excerpt = _plain(_text(item, f"{{{excerpt_ns}}}encoded"))
    date = _text(item, f"{{{wp}}}post_date")[:10]
    terms = [
        (c.text or "").strip()
        for c in item.findall("category")
        if c.get("domain") in {"category", "post_tag"} and (c.text or "").strip()
    ]
    record = {
        "title": _plain(_text(item, "title")),
        "teaser": truncate_words(excerpt, 280) if excerpt else "",
        "summary": excerpt if len(excerpt) > 280 else "",
        "description": content,
        "date": date if re.fullmatch(r"\d{4}-\d\d-\d\d", date) and not date.startswith("0000") else "",
        "source_url": _text(item, "link"),
        "topics": list(dict.fromkeys(terms)),
        "files": files,
    }
    return {k: v for k, v in record.items() if v not in ("", [], None)}
