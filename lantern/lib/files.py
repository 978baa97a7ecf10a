"""File facts that need no database: labels, sizes, hashes."""

from __future__ import annotations

import hashlib
from pathlib import PurePosixPath
from typing import BinaryIO

_LABELS = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/msword": "Word",
    "text/html": "Web page",
    "text/plain": "Text",
    "application/epub+zip": "EPUB",
}


def format_label(media_type: str, name: str = "") -> str:
    if media_type in _LABELS:
        return _LABELS[media_type]
    suffix = PurePosixPath(name.split("?")[0]).suffix.lstrip(".").upper()
    return suffix or "File"


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
