"""The files of a canonical record (its ``files`` list): each entry checked, then attached.

An entry is a link (``url``) or a path read from the import file's folder (``path``), confined to
that folder and never one of the hub's own data; a file already attached (same SHA-256) is kept.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from django.conf import settings
from django.core.files import File

from lantern.catalog import identifiers
from lantern.catalog.models import Attachment, Resource
from lantern.lib.confine import ConfinementError, confined_file, open_confined
from lantern.lib.files import sha256_of


def check_files(base_dir: Path | None, files: list, problems: list[str]) -> list[tuple[dict, Path | None]]:
    """Each entry as a spec, with the confined local file it names in ``base_dir`` (None for a link).

    A name that escapes the import's folder, or names what is not a regular file, is a
    problem of the row (nothing is written); a file simply missing is skipped with a warning.
    """
    checked = []
    for entry in files:
        if isinstance(entry, dict):
            spec = entry
        else:
            text = str(entry)
            spec = {"url" if text.startswith(("http://", "https://")) else "path": text}
        name, local = str(spec.get("path") or ""), None
        if name and base_dir is not None:
            try:
                local = _confined(base_dir, name)
            except FileNotFoundError:
                local = None
            except ConfinementError as exc:
                problems.append(str(exc))
                continue
        checked.append((spec, local))
    return checked


def save_files(resource: Resource, files: list[tuple[dict, Path | None]], base_dir: Path | None) -> list[str]:
    """Attach the checked ``files`` to ``resource``; the warnings of the entries skipped."""
    warnings = []
    for position, (spec, local) in enumerate(files):
        url, path = str(spec.get("url") or ""), str(spec.get("path") or "")
        digest = str(spec.get("sha256") or "")
        if digest and resource.attachments.filter(sha256=digest).exists():
            continue  # already attached (a re-import of an export)
        if local is not None:
            warnings += _save_local_file(resource, local, spec, position)
        elif url:
            try:
                url = identifiers.normalize_url(url)
            except ValueError as exc:
                warnings.append(f"file skipped: {exc}")
                continue
            Attachment.objects.update_or_create(
                resource=resource,
                url=url,
                file="",
                defaults={
                    "filename": str(spec.get("name") or url.rsplit("/", 1)[-1])[:255],
                    "label": str(spec.get("label") or "")[:200],
                    "media_type": str(spec.get("media_type") or mimetypes.guess_type(url)[0] or "")[:100],
                    "size": _int_or_none(spec.get("size")),
                    "page_count": _int_or_none(spec.get("pages")),
                    "sha256": str(spec.get("sha256") or "")[:64],
                    "position": position,
                },
            )
        elif path and base_dir is None:
            warnings.append(f"file {path!r} not read: files are read by path only from an import file's folder")
        elif path:
            warnings.append(f"file {path!r} not found next to the import file; skipped")
    return warnings


def _save_local_file(resource: Resource, path: Path, spec: dict, position: int) -> list[str]:
    with open_confined(path) as stream:
        digest, size = sha256_of(stream)
        if resource.attachments.filter(sha256=digest).exists():
            return []
        stream.seek(0)
        attachment = Attachment(
            resource=resource,
            filename=path.name,
            label=str(spec.get("label") or "")[:200],
            media_type=str(spec.get("media_type") or mimetypes.guess_type(path.name)[0] or ""),
            size=size,
            sha256=digest,
            page_count=_int_or_none(spec.get("pages")),
            position=position,
        )
        attachment.file.save(path.name, File(stream), save=False)
        attachment.save()
    return []


def _confined(base_dir: Path, name: str) -> Path:
    """A file beside the import file, never one of the hub's own data (secret key, database, indexes)."""
    path = confined_file(base_dir, name, max_bytes=settings.LANTERN_INGEST_MAX_FILE_MB * 1024 * 1024)
    data_dir, media = Path(settings.DATA_DIR).resolve(), Path(settings.MEDIA_ROOT).resolve()
    if path.is_relative_to(data_dir) and not path.is_relative_to(media):
        raise ConfinementError(f"file {name!r}: inside the hub's data directory, which imports never read")
    return path


def _int_or_none(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
