"""Outbound HTTP that cannot be turned against the server (no SSRF).

Every address is resolved and checked before connecting: loopback, private, link-local,
multicast and reserved addresses are refused unless ``allow_private`` (tests only). The
connection goes to the address that was checked, so a second DNS answer cannot rebind it.
Redirects are never followed here: callers follow them hop by hop, checking each again.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

USER_AGENT = "Lantern resource hub"


class NetError(Exception):
    """A request that could not be made or completed; ``code`` says why, ``transient`` if worth retrying."""

    def __init__(self, code: str, message: str, transient: bool = False):
        super().__init__(message)
        self.code, self.transient = code, transient


def check_address(host: str, port: int, allow_private: bool) -> str:
    """Resolve ``host``; return an address that may be connected to, or raise NetError."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise NetError("dns", f"The host {host!r} cannot be found.") from exc
    addresses = []
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not allow_private and (not address.is_global or address.is_multicast):
            raise NetError(
                "private_address",
                f"Refused: {host!r} resolves to {address}, a private, loopback, link-local or reserved address.",
            )
        addresses.append(str(address))
    if not addresses:
        raise NetError("dns", f"The host {host!r} has no address.")
    return addresses[0]


def open_url(method: str, url: str, timeout: float, allow_private: bool = False, headers: dict | None = None):
    """Send one request (no redirects followed) to a checked address; returns an unread urllib3 response."""
    import urllib3
    from urllib3.exceptions import HTTPError, NewConnectionError, SSLError, TimeoutError

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
    sent = {
        "Host": parts.hostname if parts.port in (None, 80, 443) else f"{parts.hostname}:{parts.port}",
        "User-Agent": USER_AGENT,
        "Accept": "*/*",
        **(headers or {}),
    }
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        return pool.urlopen(method, path, headers=sent, redirect=False, preload_content=False, retries=False)
    except TimeoutError as exc:
        raise NetError("timeout", f"{url} did not answer within {timeout:g} s.", transient=True) from exc
    except SSLError as exc:
        raise NetError("tls", f"{url}: the secure connection failed ({exc}).") from exc
    except NewConnectionError as exc:
        raise NetError("unreachable", f"{url} cannot be reached.", transient=True) from exc
    except HTTPError as exc:
        raise NetError("network", f"{url}: {exc}", transient=True) from exc
