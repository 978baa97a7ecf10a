"""Outbound HTTP that cannot be turned against the server (no SSRF); every fetch in Lantern goes through here.

A URL given to Lantern (a curator's ingestion, a visitor's suggestion, a source link, an OAI-PMH
repository) could name, or redirect to, the server's own loopback interface, the private network
behind it or a cloud metadata address (169.254.169.254), and so read what only the server can
reach. So every host is resolved and its addresses checked before connecting: loopback,
private, link-local, multicast and reserved addresses are refused, however they are spelled
(``localhost``, ``127.1``, ``2130706433``, ``0x7f.1``, ``0.0.0.0``, ``[::1]``, ``[::ffff:127.0.0.1]``:
the check is on what the name resolves to). The connection goes to the address that was checked,
so a second DNS answer cannot rebind it. ``follow`` follows redirects itself, one hop at a time,
checking each new address again; and bodies are read with a byte cap.

Only tests reach non-public addresses, through ``private_allowed``: the one place that decides,
and never in production (the settings refuse to start with either switch on).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

USER_AGENT = "Lantern resource hub"
REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024


class NetError(Exception):
    """A request that could not be made or completed; ``code`` says why, ``transient`` if worth retrying."""

    def __init__(self, code: str, message: str, transient: bool = False):
        super().__init__(message)
        self.code, self.transient = code, transient


def private_allowed(host: str, port: int, allow_private: bool | None = None) -> bool:
    """May ``host:port`` be fetched although it resolves to a non-public address? For tests only.

    Yes when ``allow_private`` (default: ``LANTERN_INGEST_ALLOW_PRIVATE_URLS``) is on, or when
    ``host:port`` is written exactly as listed in ``LANTERN_ALLOW_PRIVATE_HOSTS`` (a test's own
    server: the same address under another spelling or another port stays refused). Never in
    production, whatever the settings say.
    """
    from django.conf import settings

    if getattr(settings, "PRODUCTION", False):
        return False
    if settings.LANTERN_INGEST_ALLOW_PRIVATE_URLS if allow_private is None else allow_private:
        return True
    written = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return written.lower() in {entry.lower() for entry in settings.LANTERN_ALLOW_PRIVATE_HOSTS}


def check_address(host: str, port: int, allow_private: bool | None = None) -> str:
    """Resolve ``host``; return an address that may be connected to, or raise NetError."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise NetError("dns", f"The host {host!r} cannot be found.") from exc
    exempt = None
    addresses = []
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            exempt = private_allowed(host, port, allow_private) if exempt is None else exempt
            if not exempt:
                raise NetError(
                    "private_address",
                    f"Refused: {host!r} resolves to {address}, a private, loopback, link-local or reserved address.",
                )
        addresses.append(str(address))
    if not addresses:
        raise NetError("dns", f"The host {host!r} has no address.")
    return addresses[0]


@dataclass
class Answer:
    """The final answer after redirects: status and headers, and a body still to be read (with a cap)."""

    url: str  # after redirects
    status: int
    headers: Mapping[str, str]
    _response: object
    _pool: object
    timeout: float

    def chunks(self, max_bytes: int, deadline: float | None = None) -> Iterator[bytes]:
        """The body, decoded (gzip, deflate), in chunks; NetError past ``max_bytes`` or the ``deadline``
        (a ``time.monotonic()`` value), so neither an endless body nor a compressed bomb gets through."""
        from urllib3.exceptions import DecodeError, HTTPError, ProtocolError, ReadTimeoutError

        declared = self.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise NetError(
                "too_large", f"{self.url} is {_size(int(declared))}; over the size limit ({_size(max_bytes)})."
            )
        size = 0
        try:
            for chunk in self._response.stream(CHUNK, decode_content=True):
                size += len(chunk)
                if size > max_bytes:
                    raise NetError(
                        "too_large", f"{self.url} sent more than {_size(max_bytes)}; the download was stopped."
                    )
                if deadline is not None and time.monotonic() > deadline:
                    raise NetError("timeout", f"{self.url} took too long to download.", transient=True)
                yield chunk
        except ReadTimeoutError as exc:
            raise NetError("timeout", f"{self.url} stopped sending within {self.timeout:g} s.", transient=True) from exc
        except DecodeError as exc:
            raise NetError("bad_encoding", f"{self.url} sent a body that cannot be decoded ({exc}).") from exc
        except (ProtocolError, HTTPError) as exc:
            raise NetError("network", f"{self.url}: the download broke off ({exc}).", transient=True) from exc

    def read(self, max_bytes: int, deadline: float | None = None) -> bytes:
        return b"".join(self.chunks(max_bytes, deadline))

    def close(self) -> None:
        _close(self._response, self._pool)

    def __enter__(self) -> Answer:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def follow(
    method: str,
    url: str,
    *,
    timeout: float,
    max_redirects: int,
    headers: dict[str, str] | None = None,
    allow_private: bool | None = None,
) -> Answer:
    """Send ``method`` to ``url``, following up to ``max_redirects`` redirects one hop at a time,
    each new address checked again before connecting. Returns the final answer, its body unread
    (use it in a ``with`` block); a redirect loop, too many redirects or a refused address is a NetError."""
    current, seen = url, set()
    for _hop in range(max_redirects + 1):
        if current in seen:
            raise NetError("redirect_loop", f"The address redirects in a loop (back to {current}).")
        seen.add(current)
        response, pool = _request(method, current, timeout, allow_private, headers)
        if response.status not in REDIRECTS:
            return Answer(current, response.status, response.headers, response, pool, timeout)
        location = response.headers.get("Location", "").strip()
        _close(response, pool)
        if not location:
            raise NetError("http_error", f"A redirect from {current} gives no address.")
        current = urljoin(current, location)
    raise NetError("too_many_redirects", f"More than {max_redirects} redirects from {url}.")


@dataclass
class Fetched:
    url: str  # after redirects
    status: int
    headers: Mapping[str, str]
    body: bytes


def fetch(
    method: str,
    url: str,
    *,
    timeout: float,
    max_redirects: int,
    max_bytes: int,
    headers: dict[str, str] | None = None,
    allow_private: bool | None = None,
) -> Fetched:
    """``follow``, then read the whole body (at most ``max_bytes``, else NetError ``too_large``)."""
    with follow(
        method, url, timeout=timeout, max_redirects=max_redirects, headers=headers, allow_private=allow_private
    ) as answer:
        return Fetched(answer.url, answer.status, answer.headers, answer.read(max_bytes))


def _request(method: str, url: str, timeout: float, allow_private: bool | None, headers: dict | None):
    """One request (no redirect followed) to a checked address: the unread urllib3 response and its pool."""
    import urllib3

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise NetError("bad_url", f"{url!r} is not an http(s) address.")
    if parts.username or parts.password:
        raise NetError("bad_url", "Addresses with a user name or password are not fetched.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise NetError("bad_url", f"{url!r} has an invalid port.") from exc
    address = check_address(parts.hostname, port, allow_private)
    options = {"timeout": urllib3.Timeout(connect=timeout, read=timeout), "retries": False, "maxsize": 1}
    if parts.scheme == "https":
        import certifi

        pool = urllib3.HTTPSConnectionPool(
            address,
            port,
            server_hostname=parts.hostname,
            assert_hostname=parts.hostname,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
            **options,
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, **options)
    sent = {"Host": parts.netloc, "User-Agent": USER_AGENT, "Accept": "*/*", **(headers or {})}
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    from urllib3.exceptions import HTTPError

    try:
        response = pool.urlopen(method, path, headers=sent, redirect=False, preload_content=False, retries=False)
    except HTTPError as exc:
        pool.close()
        raise _named(exc, url, port, timeout) from exc
    return response, pool


def _named(exc: Exception, url: str, port: int, timeout: float) -> NetError:
    """A failed request named as what it is: refused, unreachable, TLS, time-out or a broken answer."""
    from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ReadTimeoutError, SSLError

    # NewConnectionError is a subclass of ConnectTimeoutError in urllib3 2, so it is tested first.
    if isinstance(exc, NewConnectionError):
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, ConnectionRefusedError):
            return NetError("refused", f"{url}: the connection was refused (nothing answers on port {port}).", True)
        if isinstance(cause, TimeoutError):
            return NetError("timeout", f"{url}: no connection within {timeout:g} s.", True)
        reason = getattr(cause, "strerror", None) or str(cause or exc)
        return NetError("unreachable", f"{url} cannot be reached ({reason}).", True)
    if isinstance(exc, ConnectTimeoutError):
        return NetError("timeout", f"{url}: no connection within {timeout:g} s.", True)
    if isinstance(exc, ReadTimeoutError):
        return NetError("timeout", f"{url} did not answer within {timeout:g} s.", True)
    if isinstance(exc, SSLError):
        return NetError("tls", f"{url}: the secure connection failed ({exc}).")
    return NetError("network", f"{url}: the connection broke off ({exc}).", True)


def _close(response, pool) -> None:
    response.close()
    pool.close()


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"
