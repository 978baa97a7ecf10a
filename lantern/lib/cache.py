"""A file-based cache whose writes do not list the whole cache directory.

Django's ``FileBasedCache`` lists every file in its directory on every ``set()`` to decide
whether to cull: with the page cache near its ``MAX_ENTRIES`` (2,000 pages) that is a directory
scan of 2,000 names per page stored, a few milliseconds of every fresh page. This one counts
the files once every ``MAX_ENTRIES / 20`` writes of a process instead, so the directory may
briefly hold that many more entries per process before the same culling runs.
"""

from __future__ import annotations

import threading

from django.core.cache.backends.filebased import FileBasedCache


class FileCache(FileBasedCache):
    def __init__(self, dir, params):  # noqa: A002 - Django's signature
        super().__init__(dir, params)
        self._check_every = max(1, self._max_entries // 20)
        self._writes = 0
        self._lock = threading.Lock()

    def _cull(self) -> None:
        with self._lock:
            self._writes += 1
            due = self._writes % self._check_every == 0
        if due:
            super()._cull()
