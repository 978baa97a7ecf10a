"""Plain text: one page, or pages split at form feeds."""

from __future__ import annotations

from pathlib import Path

from lantern.ingest.errors import IngestError
from lantern.ingest.sources.base import NO_HINTS, Extracted, Hints, Limits, Line
from lantern.ingest.sources.encoding import decode

NAME = "text"
MEDIA_TYPE = "text/plain"
EXTENSIONS = (".txt", ".text", ".md")


def sniff(head: bytes) -> bool:
    if not head or b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = head[:4096]
    printable = sum(32 <= b < 127 or b in (9, 10, 12, 13) or b >= 128 for b in sample)
    return printable / len(sample) > 0.95


def extract(path: Path, limits: Limits, hints: Hints = NO_HINTS) -> Extracted:
    text, encoding = decode(path.read_bytes(), hints.charset)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f") if "\f" in text else [text]
    if not any(p.strip() for p in pages):
        raise IngestError("no_text", "The text file is empty.")
    if len(pages) > limits.max_pages:
        raise IngestError("too_many_pages", f"The text has {len(pages)} pages; the limit is {limits.max_pages}.")
    first = [ln.strip() for ln in pages[0].splitlines() if ln.strip()][:40]
    layout = [Line(text=ln, size=11.0, top=i / max(len(first), 1)) for i, ln in enumerate(first)]
    hint = first[0].lstrip("# ").strip() if first and first[0].startswith("# ") else ""
    return Extracted(
        media_type=MEDIA_TYPE,
        pages=pages,
        page_count=len(pages) if len(pages) > 1 else None,
        meta={"encoding": encoding},
        layout=[layout],
        title_hint=hint,
    )
