"""Files named by an import, read only from inside the import's own folder.

Import files come from partner organisations and other hubs. A ``files`` entry such as
``../../etc/passwd``, ``/proc/self/environ``, a symlink to the data directory's secret key or a
FIFO would otherwise be copied into the hub and published as a download. A name is accepted
only when it is relative, resolves (symlinks followed) to a regular file inside the folder, and
is opened without following a symlink swapped in after the check.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath


class ConfinementError(ValueError):
    """A file name that points outside the import's folder, or at something that is not a file."""


def confined_file(base_dir: Path, name: str, max_bytes: int | None = None) -> Path:
    """The resolved path of ``name`` inside ``base_dir``, or ConfinementError saying why not.

    Raises FileNotFoundError when the name is acceptable but nothing is there.
    """
    if not name or "\x00" in name:
        raise ConfinementError(f"file {name!r}: not a file name")
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).is_absolute() or PureWindowsPath(name).drive:
        raise ConfinementError(f"file {name!r}: absolute paths are not read; name files relative to the import file")
    base = base_dir.resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base):
        raise ConfinementError(f"file {name!r}: outside the import file's folder; only files beside it are read")
    try:
        info = target.stat()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise ConfinementError(f"file {name!r}: cannot be read ({exc.strerror})") from exc
    if not stat.S_ISREG(info.st_mode):
        raise ConfinementError(f"file {name!r}: not a regular file")
    if max_bytes is not None and info.st_size > max_bytes:
        raise ConfinementError(f"file {name!r}: {info.st_size} bytes, over the limit of {max_bytes}")
    return target


def open_confined(path: Path):
    """Open a path returned by ``confined_file`` for reading, refusing a symlink put there since."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ConfinementError(f"file {path.name!r}: not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
