"""Who is asking, and over what, when Lantern runs behind a TLS proxy.

A proxy that ends TLS connects to Lantern itself: every request then comes from the proxy's
address, over plain HTTP, and only its ``X-Forwarded-*`` headers say who the visitor is and that
they used HTTPS. Anyone can send those headers, so they are believed only from the proxies the
operator names (``LANTERN_TRUSTED_PROXIES``) and removed from every other request. Waitress's
own parser does the work; ``behind_proxies`` only chooses, per connection, whether to trust.

After it, the WSGI environment is the visitor's: ``REMOTE_ADDR`` is their address, the URL
scheme is ``https`` and the host is the one they asked for. Django takes the scheme from there
(HTTPS redirect, HSTS, secure cookies, CSRF origin checks, absolute URLs in sitemaps, feeds and
OAI-PMH), and ``client_address`` is the one answer to "which visitor is this": for rate limits
(which keep only a keyed hash of it, ``lantern.api.limits``) and, when the operator turns it on,
the access log (``lantern.ops.logs``).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # settings.py imports this module before Django is set up
    from django.http import HttpRequest

# The headers a proxy sets; "Forwarded" (RFC 7239) cannot be mixed with them in waitress, and the
# usual proxies (Caddy, nginx, Traefik, HAProxy) send these.
FORWARDED_HEADERS = {"x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"}

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(values: Iterable[str]) -> list[Network]:
    """Addresses (``127.0.0.1``, ``::1``) or networks (``172.18.0.0/16``); ``ValueError`` names a bad one."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip().strip("[]"), strict=False))
        except ValueError as exc:
            raise ValueError(f"{value!r} is not an IP address or network") from exc
    return networks


def _peer_in(networks: list[Network]) -> Callable[[str], bool]:
    def trusted(peer: str) -> bool:
        try:
            address = ipaddress.ip_address(peer.strip("[]"))
        except ValueError:  # a Unix socket has no address: nothing to trust
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        return any(address in network for network in networks)

    return trusted


def behind_proxies(app, networks: list[Network], count: int = 1):
    """A WSGI app that believes forwarded headers from a peer in ``networks`` only.

    ``count`` is how many proxies in a row are trusted (a CDN in front of the TLS proxy is two):
    the visitor is the address that many hops from the end of ``X-Forwarded-For``, so addresses a
    client puts at its start are never believed. Every other peer's forwarded headers are removed.
    Serve it with waitress's own proxy handling off (``clear_untrusted_proxy_headers=False``).
    """
    from waitress.proxy_headers import proxy_headers_middleware

    via_proxy = proxy_headers_middleware(
        app, trusted_proxy="*", trusted_proxy_count=count, trusted_proxy_headers=FORWARDED_HEADERS
    )
    direct = proxy_headers_middleware(app, trusted_proxy=None, clear_untrusted=True)
    trusted = _peer_in(networks)

    def dispatch(environ, start_response):
        chosen = via_proxy if trusted(environ["REMOTE_ADDR"]) else direct  # waitress always sets it
        return chosen(environ, start_response)

    return dispatch


def client_address(request: HttpRequest) -> str:
    """The visitor's address: what rate limits count by (hashed) and the access log may show.

    ``REMOTE_ADDR`` as the server gives it, which under ``lantern serve`` behind a trusted proxy is
    already the visitor's (``behind_proxies``); a forwarded header is never read here, since
    anyone can send one.
    """
    return request.META.get("REMOTE_ADDR", "")
