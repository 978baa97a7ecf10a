"""URL: fetch a web page or a file behind an address, safely, then hand it to the source for its type.

Every address is resolved and checked before connecting, and again after every redirect:
loopback, private, link-local, multicast and reserved addresses are refused (no SSRF) unless
``LANTERN_INGEST_ALLOW_PRIVATE_URLS`` is set (for tests only). The connection goes to the
address that was checked (no second DNS look-up to rebind). Redirects are capped, time-outs
apply to connecting, to every read and to the whole download, and the body is cut off past
the size limit, after any gzip decoding (so a compressed bomb is caught too).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lantern.ingest.errors import IngestError, TransientError
from lantern.ingest.sources.base import Limits
from lantern.lib.netguard import NetError, open_url

NAME = "url"
USER_AGENT = "Lantern resource hub (document ingestion)"
REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024


@dataclass
class Fetched:
    path: Path
    url: str  # after redirects
    media_type: str
    charset: str
    size: int


def is_url(value: str) -> bool:
    return value.strip().lower().startswith(("http://", "https://"))


def fetch(url: str, limits: Limits, directory: Path) -> Fetched:
    deadline = time.monotonic() + limits.fetch_timeout * 4
    timeout = limits.fetch_timeout
    current, seen = url, set()
    for _hop in range(limits.max_redirects + 1):
        if current in seen:
            raise IngestError("redirect_loop", f"The address redirects in a loop (back to {current}).")
        seen.add(current)
        response = _open(current, limits, timeout)
        try:
            if response.status in REDIRECTS:
                location = response.headers.get("Location", "")
                if not location:
                    raise IngestError("http_error", f"A redirect from {current} gives no address.")
                current = urljoin(current, location.strip())
                continue
            _check_status(response.status, current)
            return _save(response, current, limits, directory, deadline)
        finally:
            response.release_conn()
    raise IngestError("too_many_redirects", f"More than {limits.max_redirects} redirects from {url}.")


def _open(url: str, limits: Limits, timeout):
    """One request to a checked address (lantern.lib.netguard), its failures as ingestion errors."""
    headers = {"Accept-Encoding": "gzip, deflate", "User-Agent": USER_AGENT}
    try:
        return open_url("GET", url, timeout, limits.allow_private_urls, headers)
    except NetError as exc:
        raise (TransientError if exc.transient else IngestError)(exc.code, str(exc)) from exc


def _check_status(status: int, url: str) -> None:
    if status == 404 or status == 410:
        raise IngestError("not_found", f"{url} was not found (HTTP {status}).")
    if status == 429 or status >= 500:
        raise TransientError("server_error", f"{url} answered HTTP {status}; will try again.")
    if status >= 400:
        raise IngestError("http_error", f"{url} answered HTTP {status}.")


def _save(response, url: str, limits: Limits, directory: Path, deadline: float) -> Fetched:
    from urllib3.exceptions import DecodeError, HTTPError, ProtocolError, TimeoutError

    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise IngestError("too_large", f"{url} is {int(declared) // (1024 * 1024)} MB; over the size limit.")
    content_type = response.headers.get("Content-Type", "")
    media_type = content_type.split(";")[0].strip().lower()
    charset = ""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    name = Path(urlsplit(url).path).name or "index.html"
    path = directory / ("download-" + "".join(c for c in name if c.isalnum() or c in "._-")[-80:])
    size = 0
    try:
        with path.open("wb") as out:
            for chunk in response.stream(CHUNK, decode_content=True):
                size += len(chunk)
                if size > limits.max_bytes:
                    raise IngestError(
                        "too_large",
                        f"{url} sent more than {limits.max_bytes // (1024 * 1024)} MB; the download was stopped.",
                    )
                if time.monotonic() > deadline:
                    raise TransientError("timeout", f"{url} took too long to download; will try again.")
                out.write(chunk)
    except TimeoutError as exc:
        raise TransientError("timeout", f"{url} stopped sending within {limits.fetch_timeout:g} s.") from exc
    except DecodeError as exc:
        raise IngestError("bad_encoding", f"{url} sent a body that cannot be decoded ({exc}).") from exc
    except (ProtocolError, HTTPError) as exc:
        raise TransientError("network", f"{url}: the download broke off ({exc}).") from exc
    if size == 0:
        raise IngestError("empty", f"{url} sent an empty body.")
    return Fetched(path=path, url=url, media_type=media_type, charset=charset, size=size)
