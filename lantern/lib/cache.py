"""A file-based cache for the public pages, Django's with two costs taken out.

- Django's ``FileBasedCache`` lists every file in its directory on every ``set()`` to decide
  whether to cull: with the page cache near its ``MAX_ENTRIES`` that is a scan of the whole
  directory for every page stored, a cost paid by every fresh page. This one counts the files
  once every ``MAX_ENTRIES / 20`` writes of a process instead, so the directory may briefly
  hold that many more entries per process before the same culling runs.
- It also compresses every value with zlib; the pages are stored gzip-compressed already, so
  this one stores the pickle as it is (compressing it again costs time on every write and read
  and saves nothing), in a folder of its own (``v2`` inside the configured one), so processes
  of an older version never read these files; a file in another format is read as a miss and
  replaced.
"""

from __future__ import annotations

import os
import pickle
import threading

from django.core.cache.backends.filebased import FileBasedCache

FORMAT = "v2"  # pickles without zlib: a folder of their own, which Django's format never shares


class FileCache(FileBasedCache):
    def __init__(self, dir, params):  # noqa: A002 - Django's signature
        # Processes of an older Lantern (Django's format, which fails on these files) may run
        # beside new ones during an upgrade: each format keeps to its own folder.
        super().__init__(os.path.join(dir, FORMAT), params)
        self._check_every = max(1, self._max_entries // 20)
        self._writes = 0
        self._lock = threading.Lock()

    def _cull(self) -> None:
        with self._lock:
            self._writes += 1
            due = self._writes % self._check_every == 0
        if due:
            super()._cull()

    def _write_content(self, file, timeout, value) -> None:
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(pickle.dumps(value, self.pickle_protocol))

    def get(self, key, default=None, version=None):
        fname = self._key_to_file(key, version)
        try:
            with open(fname, "rb") as f:
                if not self._is_expired(f):
                    return pickle.loads(f.read())  # noqa: S301 - our own files in the data directory
        except FileNotFoundError:
            pass
        except Exception:  # noqa: BLE001 - another format (Django's zlib) or a damaged file: a miss
            self._delete(fname)
        return default
