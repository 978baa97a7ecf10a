"""Turning the bytes of a text or HTML document into text: declared charset, then detection."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _known(name: str) -> str:
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return ""


def decode(raw: bytes, declared: str = "") -> tuple[str, str]:
    """Return (text, encoding): a BOM, then the HTTP charset, then a <meta charset>, then detection."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(name, errors="replace"), name
    candidates = [_known(declared)] if declared else []
    if match := _META_CHARSET.search(raw[:4096]):
        candidates.append(_known(match.group(1).decode("ascii", "ignore")))
    for name in filter(None, candidates):
        try:
            return raw.decode(name), name
        except UnicodeDecodeError:
            continue
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:1_000_000]).best()
    name = best.encoding if best is not None else "cp1252"
    return raw.decode(name, errors="replace"), name
