"""HTML: the main text and metadata of a web page, with trafilatura (boilerplate removed)."""

from __future__ import annotations

import re
from pathlib import Path

from lantern.ingest.errors import IngestError
from lantern.ingest.sources.base import NO_HINTS, Extracted, Hints, Limits, Line
from lantern.ingest.sources.encoding import decode

NAME = "html"
MEDIA_TYPE = "text/html"
EXTENSIONS = (".html", ".htm", ".xhtml")
_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|title|meta|p|div)[\s>/]", re.IGNORECASE)


def sniff(head: bytes) -> bool:
    return bool(_HTML.search(head[:4096]))


def extract(path: Path, limits: Limits, hints: Hints = NO_HINTS) -> Extracted:
    import lxml.html
    import trafilatura

    raw = path.read_bytes()
    if raw.count(b"<") - raw.count(b"</") > limits.max_xml_nodes:  # at most this many elements, before parsing
        raise IngestError(
            "too_large",
            f"The web page holds more than {limits.max_xml_nodes:,} elements (LANTERN_INGEST_MAX_XML_NODES).",
        )
    html, encoding = decode(raw, hints.charset)
    try:
        tree = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.ParserError) as exc:
        raise IngestError("no_text", "The web page is empty or cannot be parsed.") from exc
    meta = _head_meta(tree)
    meta["encoding"] = encoding
    document = trafilatura.bare_extraction(
        tree, url=hints.url or None, with_metadata=True, include_tables=True, include_comments=False, deduplicate=False
    )
    text = ""
    if document is not None:
        found = document.as_dict()
        text = found.get("text") or ""
        for key, name in (("title", "title"), ("author", "author"), ("sitename", "site_name"), ("date", "date")):
            if found.get(key) and not meta.get(name):
                meta[name] = " ".join(str(found[key]).split())
        if found.get("description") and not meta.get("description"):
            meta["description"] = found["description"]
    if not text.strip():
        text = "\n".join(" ".join(t.split()) for t in tree.xpath("//body//text()") if t.strip())
    if not text.strip():
        raise IngestError("no_text", "The web page has no readable text.")
    text = text[: limits.max_expanded_bytes]
    lines = [ln for ln in text.splitlines() if ln.strip()][:40]
    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h1")[:1]]
    layout = [Line(text=ln, size=20.0 if ln in headings else 11.0, top=i / 40) for i, ln in enumerate(lines)]
    return Extracted(
        media_type=MEDIA_TYPE,
        pages=[text],
        page_count=None,
        meta={k: v for k, v in meta.items() if v},
        layout=[layout],
        title_hint=headings[0] if headings else "",
    )


def _head_meta(tree) -> dict[str, str]:
    """<title>, meta and Dublin Core tags, and the page's declared language."""
    meta: dict[str, str] = {}
    titles = tree.xpath("//head/title/text()") or tree.xpath("//title/text()")
    if titles:
        meta["html_title"] = " ".join(titles[0].split())
    names = {
        "og:title": "og_title",
        "citation_title": "title",
        "dc.title": "title",
        "dcterms.title": "title",
        "citation_publisher": "publisher",
        "dc.publisher": "publisher",
        "dcterms.publisher": "publisher",
        "og:site_name": "site_name",
        "citation_author": "author",
        "author": "author",
        "dc.creator": "author",
        "citation_publication_date": "date",
        "citation_date": "date",
        "dc.date": "date",
        "dcterms.issued": "date",
        "article:published_time": "date",
        "citation_doi": "doi",
        "dc.identifier": "identifier",
        "citation_isbn": "isbn",
        "description": "description",
        "og:description": "description",
        "dc.language": "language",
    }
    for element in tree.xpath("//meta[@content]"):
        key = (element.get("name") or element.get("property") or "").strip().lower()
        field = names.get(key)
        value = " ".join((element.get("content") or "").split())
        if field and value and field not in meta:
            meta[field] = value
    if "date" not in meta and (published := _json_ld_date(tree)):
        meta["date"] = published
    lang = tree.xpath("/html/@lang") or tree.xpath("//html/@lang")
    if lang and "language" not in meta:
        meta["language"] = lang[0].strip()
    return meta


def _json_ld_date(tree) -> str:
    """``datePublished`` (else ``dateCreated``) of the page's JSON-LD, as written."""
    import json

    for script in tree.xpath('//script[@type="application/ld+json"]/text()')[:10]:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack, seen = [data], 0
        while stack and seen < 200:  # a bounded walk through @graph and nested objects
            item, seen = stack.pop(0), seen + 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                for key in ("datePublished", "dateCreated"):
                    if isinstance(item.get(key), str) and item[key].strip():
                        return item[key].strip()
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return ""
