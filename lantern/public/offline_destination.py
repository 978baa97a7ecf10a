"""The destination of an offline copy: the manifest (``.lantern-copy.json``) of what an earlier run
wrote, the files whose content changed written, those no longer in the copy removed, and the zip."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from pathlib import Path, PurePosixPath

from lantern.catalog.models import Attachment
from lantern.public.offline_options import stored_size

MANIFEST = ".lantern-copy.json"
MANIFEST_VERSION = 1
# The "made on" line of a page: left out when comparing a page with the copy already written.
MADE_MARK = re.compile(r"<!--copy-made-->.*?<!--/copy-made-->", re.S)


def _digest(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".html":
        data = MADE_MARK.sub("", data.decode("utf-8")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _file_digest(attachment: Attachment) -> str:
    return attachment.sha256 or f"{attachment.pk}:{attachment.size}:{attachment.file.name}"


def read_manifest(dest: Path) -> dict:
    try:
        data = json.loads((dest / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("manifest") == MANIFEST_VERSION else {}


def write_manifest(dest: Path, manifest: dict) -> None:
    manifest = {"manifest": MANIFEST_VERSION, **manifest}
    (dest / MANIFEST).write_text(json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")


def file_entries(stage: Path, files: dict[str, Attachment]) -> dict[str, dict]:
    """Every file of the copy, those rendered in ``stage`` and the stored ``files`` (by copy path):
    its size and the digest that tells whether it changed."""
    entries = {}
    for path in stage.rglob("*"):
        if path.is_file():
            entries[path.relative_to(stage).as_posix()] = {"size": path.stat().st_size, "digest": _digest(path)}
    for name, attachment in files.items():
        size = attachment.size if attachment.size is not None else (stored_size(attachment) or 0)
        entries[name] = {"size": size, "digest": _file_digest(attachment)}
    return entries


def sync(stage: Path, dest: Path, files: dict[str, Attachment], entries: dict, previous: dict) -> tuple[int, int, int]:
    """Bring ``dest`` to ``entries``, given the ``previous`` run's: (written, unchanged, removed)."""
    written = unchanged = removed = 0
    dest.mkdir(parents=True, exist_ok=True)
    for name, entry in sorted(entries.items()):
        target = dest / name
        if previous.get(name, {}).get("digest") == entry["digest"] and target.exists():
            unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if name in files:
            with files[name].file.open("rb") as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
        else:
            shutil.copyfile(stage / name, target)
        written += 1
    for name in set(previous) - set(entries):
        stale = dest / name
        if stale.is_file():
            stale.unlink()
            removed += 1
    for folder in sorted((p for p in dest.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(folder.iterdir()):
            folder.rmdir()
    return written, unchanged, removed


def write_zip(dest: Path) -> tuple[Path, int]:
    """The copy as one archive beside it (``DEST.zip``, its manifest left out): its path and size."""
    archive = dest.with_name(dest.name + ".zip")
    part = archive.with_name(archive.name + ".part")
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out:
        for path in sorted(dest.rglob("*")):
            if path.is_file() and path.name != MANIFEST:
                out.write(path, PurePosixPath(dest.name, path.relative_to(dest).as_posix()).as_posix())
    part.replace(archive)
    return archive, archive.stat().st_size
