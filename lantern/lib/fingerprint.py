"""What a page is made from besides the catalogue: this code and these settings, as one short hash.

Contract: ``fingerprint()`` changes whenever the package version, a template, a static file, a
translation catalogue or a setting that can reach a page changes, and is the same in every
process started from the same installation with the same environment (so the processes of one
hub share cached pages). It is computed once per process (a restart picks up new settings and new
code), and again when a setting is changed in the process (tests' ``override_settings``).

Settings that reach pages: every ``LANTERN_*`` setting (site name, help lines, quick-exit address,
contact address, page sizes…) and the language, time and URL settings. Taking all ``LANTERN_*``
settings rather than a hand-kept list means a new setting cannot be forgotten; secrets are left
out (they never reach a page, and a hash of them should not sit in cache file names).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.signals import setting_changed

PACKAGE = Path(__file__).resolve().parent.parent
PAGE_SETTINGS = ("LANGUAGE_CODE", "LANGUAGES", "TIME_ZONE", "USE_TZ", "STATIC_URL", "MEDIA_URL")
SECRET_WORDS = ("SECRET", "PASSWORD", "TOKEN", "KEY")
CODE_PATTERNS = ("*/templates/**/*", "*/static/**/*", "locale/**/*.mo")


def fingerprint() -> str:
    """Code version and page settings, hashed (16 hex digits)."""
    return _combined()


@cache
def _combined() -> str:
    return hashlib.sha256(f"{code_version()}|{settings_digest()}".encode()).hexdigest()[:16]


@cache
def code_version() -> str:
    """The package's version and a hash of every template, static file and translation."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("lantern-hub")
    except PackageNotFoundError:
        number = "unknown"
    digest = hashlib.sha256()
    files = sorted({path for pattern in CODE_PATTERNS for path in PACKAGE.glob(pattern) if path.is_file()})
    for path in files:
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return f"{number}+{digest.hexdigest()[:16]}"


def settings_digest() -> str:
    """A hash of the settings that can change what a page shows."""
    names = sorted(
        name
        for name in dir(settings)
        if (name.startswith("LANTERN_") and not any(word in name for word in SECRET_WORDS)) or name in PAGE_SETTINGS
    )
    text = "\n".join(f"{name}={getattr(settings, name, None)!r}" for name in names)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _forget(**_kwargs) -> None:
    _combined.cache_clear()


setting_changed.connect(_forget, dispatch_uid="lantern_fingerprint_setting_changed")
