"""File facts that need no database: labels, sizes, hashes."""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath
from typing import BinaryIO

from django.utils.translation import gettext, gettext_noop

# Names of formats; the words among them are translated where they are shown (a resource's page).
_LABELS = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/msword": "Word",
    "text/html": gettext_noop("Web page"),
    "text/plain": gettext_noop("Text"),
    "application/epub+zip": "EPUB",
}


def format_label(media_type: str, name: str = "") -> str:
    """ "PDF", "Word", "Web page", or the file's extension ("XLSX"), in the active language."""
    if media_type in _LABELS:
        return gettext(_LABELS[media_type])
    suffix = PurePosixPath(name.split("?")[0]).suffix.lstrip(".").upper()
    return suffix or gettext("File")


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return ""


def sha256_of(stream: BinaryIO, chunk: int = 1 << 20) -> tuple[str, int]:
    """SHA-256 hex digest and size of a stream read in chunks (memory stays bounded)."""
    digest, size = hashlib.sha256(), 0
    while block := stream.read(chunk):
        digest.update(block)
        size += len(block)
    return digest.hexdigest(), size
