"""Ingestion sources: one small package per kind of document, all of the same shape.

``detect`` picks the source for a file from its first bytes (never trusting the name alone);
the URL source fetches an address and hands the body to the source for its type. ``read`` is the
whole step from a local file to ``Extracted``; it needs no database or settings, so that it can
run in a child process with bounded memory and time (``read_in_child``, used by
``lantern.ingest.pipeline.read_bounded``).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from lantern.ingest.errors import IngestError
from lantern.ingest.sources import docx, html, pdf, text
from lantern.ingest.sources.base import Extracted, Hints, Limits

# Order matters: the most specific signatures first, plain text last.
FILE_SOURCES: tuple[ModuleType, ...] = (pdf, docx, html, text)
_BINARY = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Word/Excel (OLE) file; save it as DOCX or PDF",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
}


def by_name(name: str) -> ModuleType | None:
    return next((s for s in FILE_SOURCES if name == s.NAME), None)


def detect(path: Path, media_type: str = "") -> ModuleType:
    """The source for a file, from its content; a wrong extension is noted but does not mislead."""
    with path.open("rb") as stream:
        head = stream.read(8192)
    if not head.strip():
        raise IngestError("empty", "The file is empty.")
    for source in FILE_SOURCES:
        if source.sniff(head):
            return source
    for magic, what in _BINARY.items():
        if head.startswith(magic):
            raise IngestError("unsupported", f"The file is {what}: Lantern reads PDF, Word (DOCX), HTML and text.")
    raise IngestError("unsupported", "The file's type is not one Lantern reads (PDF, Word DOCX, HTML or plain text).")


def extension_warning(path_name: str, source: ModuleType) -> str:
    suffix = Path(path_name).suffix.lower()
    if suffix and suffix not in source.EXTENSIONS:
        return f"The file is named {suffix} but is {source.NAME.upper()}; read as {source.NAME.upper()}."
    return ""


def read(
    path: Path, limits: Limits, name: str = "", media_type: str = "", charset: str = "", url: str = "", progress=None
) -> tuple[ModuleType, Extracted]:
    """(source module, Extracted) for a local file; ``progress(done, total)`` as pages are read."""
    source = detect(path, media_type)
    warnings = []
    if name and (note := extension_warning(name, source)):
        warnings.append(note)
    extracted = source.extract(path, limits, Hints(charset=charset, url=url, progress=progress))
    extracted.warnings[:0] = warnings
    return source, extracted


def read_in_child(path: str, limits: Limits, progress=None, **options: str) -> tuple:
    """``read`` as the bounded child runs it (lantern.lib.sandbox): plain data back — ("ok", source
    name, Extracted) or ("error", code, message) — since a module or an IngestError does not pickle."""
    try:
        source, extracted = read(Path(path), limits, progress=progress, **options)
    except IngestError as exc:
        return "error", exc.code, exc.message
    except RecursionError:  # a parser walking a tree nested past Python's stack
        return "error", "too_large", "The document is nested too deeply to be read."
    return "ok", source.NAME, extracted
