"""Downloads of a published resource's stored files: shown in the browser only when their type is
a document or image no browser runs, otherwise saved; either way sandboxed by their own policy."""

from __future__ import annotations

import logging
import mimetypes
import re
from pathlib import PurePosixPath

from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from lantern.catalog.models import Attachment, Resource

logger = logging.getLogger(__name__)

_MEDIA_TYPE = re.compile(r"^[\w.+-]+/[\w.+-]+$")
# Stored files are served as themselves only when their type is one of these documents and images,
# none of which a browser runs as a page or a script. Any other type (HTML, SVG, XML, JavaScript,
# whatever an import or a suggestion declared) is sent as bytes to save: a file uploaded by anyone
# must never run in the hub's origin, where its pages and their policy live.
DOWNLOAD_TYPES = frozenset(
    {
        "application/pdf",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/rtf",
        "text/rtf",
        "application/epub+zip",
        "text/csv",
        "text/plain",
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "audio/mpeg",
        "video/mp4",
        "video/webm",
    }
)
# On every file, whatever its type: a document opened from here gets no origin, runs nothing and
# loads nothing (browsers' own PDF and image viewers are not affected).
DOWNLOAD_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@require_safe
def download(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """A stored file of a published resource under its original name: a document or image type of
    ``DOWNLOAD_TYPES`` is shown in the browser, anything else is saved; nothing runs (``DOWNLOAD_POLICY``).
    One byte range is served as a 206 (a PDF viewer reading a page, a download resumed)."""
    item = get_object_or_404(Resource.objects.published(), slug=slug)
    attachment = get_object_or_404(Attachment, pk=pk, resource=item)
    if not attachment.file:
        raise Http404("This file is held on another site.")
    try:
        handle = attachment.file.open("rb")
    except (OSError, SuspiciousFileOperation) as exc:
        logger.warning("Attachment %s of %s cannot be opened: %s", attachment.pk, item.slug, exc)
        raise Http404("This file is missing.") from exc
    name = _CONTROL.sub("", attachment.filename or PurePosixPath(attachment.file.name).name) or "file"
    media_type = download_type(attachment.media_type, name)
    shown = media_type in DOWNLOAD_TYPES
    size = attachment.file.size
    wanted = byte_range(request.headers.get("Range", ""), size) if "If-Range" not in request.headers else None
    if wanted == UNSATISFIABLE:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    body = handle if wanted is None else _Slice(handle, *wanted)
    response = FileResponse(
        body, content_type=media_type if shown else "application/octet-stream", as_attachment=not shown, filename=name
    )
    response["Accept-Ranges"] = "bytes"
    if wanted is not None:
        start, end = wanted
        response.status_code = 206
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = DOWNLOAD_POLICY
    return response


UNSATISFIABLE = (-1, -1)
_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.I)


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The one byte range (first, last; inclusive) a ``Range`` header asks of ``size`` bytes;
    ``None`` to send the whole file (no header, several ranges, or one this does not read: RFC 9110
    lets a server ignore Range); ``UNSATISFIABLE`` when the range starts past the end."""
    match = _RANGE.match(header or "")
    if not match or not (match[1] or match[2]):
        return None
    if not match[1]:  # "-500": the last 500 bytes
        suffix = int(match[2])
        return (max(size - suffix, 0), size - 1) if suffix and size else UNSATISFIABLE
    start = int(match[1])
    end = min(int(match[2]), size - 1) if match[2] else size - 1
    if start >= size:
        return UNSATISFIABLE
    return None if end < start else (start, end)


class _Slice:
    """Bytes ``start``..``end`` of an open file, read as FileResponse reads a file."""

    def __init__(self, handle, start: int, end: int):
        handle.seek(start)
        self.handle, self.left = handle, end - start + 1

    def read(self, size: int = -1) -> bytes:
        size = self.left if size < 0 else min(size, self.left)
        data = self.handle.read(size) if size > 0 else b""
        self.left -= len(data)
        return data

    def close(self) -> None:
        self.handle.close()


def download_type(stored: str, name: str) -> str:
    """The bare media type a file was stored with (parameters dropped), else the one its name suggests."""
    media_type = (stored or "").split(";", 1)[0].strip().lower()
    if not _MEDIA_TYPE.match(media_type):
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return media_type
