"""SSRF guard: refuse URLs that resolve to loopback, private, link-local or multicast hosts."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from tracker.errors import InputError


class UnsafeURL(InputError):
    """A URL the poller must not fetch; the message is one line for the user."""


def check_syntax(url: str) -> tuple[str, int]:
    """Return (host, port) of an http(s) URL or raise UnsafeURL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise UnsafeURL(f"invalid URL {url!r}: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise UnsafeURL(f"invalid URL {url!r}: scheme must be http or https")
    if not parts.hostname:
        raise UnsafeURL(f"invalid URL {url!r}: no host")
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)


def is_forbidden(address: str) -> bool:
    """True for loopback, private, link-local, multicast, reserved or unspecified addresses."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast
        or ip.is_reserved or ip.is_unspecified
    )


async def resolve(host: str, port: int) -> list[str]:
    """All addresses a host name resolves to."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UnsafeURL(f"cannot resolve host {host!r}: {exc.strerror or exc}") from None
    return sorted({str(info[4][0]) for info in infos})


def is_allowed(host: str, port: int, allowed_hosts: Iterable[str]) -> bool:
    """True when ``host`` or ``host:port`` is listed (polling.allowed_private_hosts)."""
    names = {h.strip().lower() for h in allowed_hosts}
    host = host.lower()
    return host in names or f"{host}:{port}" in names


async def check_url(url: str, *, allow_private: bool, allowed_hosts: Iterable[str] = ()) -> None:
    """Raise UnsafeURL unless the URL is http(s) and (if required) resolves to public hosts only.

    A host listed in ``allowed_hosts`` (by name, or as host:port) may be private: a
    self-hosted RSSHub, say. Called at ``feeds add`` and again on every fetch and
    redirect hop, since DNS can change between the two.
    """
    host, port = check_syntax(url)
    if allow_private or is_allowed(host, port, allowed_hosts):
        return
    for address in await resolve(host, port):
        if is_forbidden(address):
            raise UnsafeURL(
                f"refused {url!r}: host {host} resolves to non-public address {address} "
                "(set polling.allow_private_hosts = true to allow)"
            )


class GuardedResolver(AbstractResolver):
    """The resolver of the fetching session: it refuses a host when any address it
    resolves to is non-public. The connection is made to the addresses returned
    here, so a DNS answer that changes after :func:`check_url` (rebinding) cannot
    lead a fetch to a private address: the check and the connect use one lookup.
    """

    def __init__(self, base: AbstractResolver | None = None,
                 allowed_hosts: Iterable[str] = ()) -> None:
        self._base: AbstractResolver = base or DefaultResolver()
        self._allowed = tuple(allowed_hosts)

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        results = await self._base.resolve(host, port, family)
        if is_allowed(host, port, self._allowed):
            return results
        for result in results:
            address = str(result["host"])
            if is_forbidden(address):
                raise UnsafeURL(
                    f"refused host {host}: it resolves to non-public address {address} "
                    "(set polling.allow_private_hosts = true to allow)")
        return results

    async def close(self) -> None:
        await self._base.close()


def resolver_for(allow_private: bool, allowed_hosts: Iterable[str] = ()) -> dict[str, Any]:
    """Connector keyword arguments: the guarded resolver unless private hosts are allowed."""
    return {} if allow_private else {"resolver": GuardedResolver(allowed_hosts=allowed_hosts)}
