"""A lock shared by every process on the machine, held on a file (POSIX ``flock``).

The search index and the semantic index are built and rewritten by whichever process gets
there first (a web server and two workers starting together on a new data directory); the
others wait, or skip the work when they asked not to wait. ``flock`` locks belong to an open
file, so two threads of one process holding separate ``FileLock`` objects exclude each other
too, and the kernel releases the lock when its holder dies (a ``kill -9`` leaves no stale lock).
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class FileLock:
    """``with FileLock(path):`` waits for the lock; ``acquire(blocking=False)`` tries once."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self, blocking: bool = True) -> bool:
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is already held by this lock object")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()
