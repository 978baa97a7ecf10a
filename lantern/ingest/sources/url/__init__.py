"""URL: fetch a web page or a file behind an address, safely, then hand it to the source for its type.

The request goes through lantern.lib.netguard, like every fetch in Lantern: each address is
resolved and checked before connecting and again after every redirect (loopback, private,
link-local, multicast and reserved addresses are refused: no SSRF), and the connection goes to the
address that was checked. Redirects are capped, time-outs apply to connecting, to every read and
to the whole download, and the body is cut off past the size limit, after any gzip decoding (so a
compressed bomb is caught too).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from lantern.ingest.errors import IngestError, TransientError
from lantern.ingest.sources.base import Limits
from lantern.lib import netguard
from lantern.lib.netguard import NetError

NAME = "url"
USER_AGENT = "Lantern resource hub (document ingestion)"


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
    headers = {"Accept-Encoding": "gzip, deflate", "User-Agent": USER_AGENT}
    try:
        with netguard.follow(
            "GET",
            url,
            timeout=limits.fetch_timeout,
            max_redirects=limits.max_redirects,
            headers=headers,
            allow_private=limits.allow_private_urls,
        ) as answer:
            _check_status(answer.status, answer.url)
            return _save(answer, limits, directory, deadline)
    except NetError as exc:
        raise (TransientError if exc.transient else IngestError)(exc.code, str(exc)) from exc


def _check_status(status: int, url: str) -> None:
    if status == 404 or status == 410:
        raise IngestError("not_found", f"{url} was not found (HTTP {status}).")
    if status == 429 or status >= 500:
        raise TransientError("server_error", f"{url} answered HTTP {status}; will try again.")
    if status >= 400:
        raise IngestError("http_error", f"{url} answered HTTP {status}.")


def _save(answer: netguard.Answer, limits: Limits, directory: Path, deadline: float) -> Fetched:
    url = answer.url
    content_type = answer.headers.get("Content-Type", "")
    media_type = content_type.split(";")[0].strip().lower()
    charset = ""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    name = Path(urlsplit(url).path).name or "index.html"
    path = directory / ("download-" + "".join(c for c in name if c.isalnum() or c in "._-")[-80:])
    size = 0
    with path.open("wb") as out:
        for chunk in answer.chunks(limits.max_bytes, deadline):
            size += len(chunk)
            out.write(chunk)
    if size == 0:
        raise IngestError("empty", f"{url} sent an empty body.")
    return Fetched(path=path, url=url, media_type=media_type, charset=charset, size=size)
