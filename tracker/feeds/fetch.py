"""Fetch a URL with aiohttp: conditional GET, timeout, streamed size cap, checked redirects."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp

from tracker.errors import TrackerError
from tracker.feeds.guard import UnsafeURL, check_url, resolver_for

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(TrackerError):
    """A fetch that produced no usable body; the message is one line."""

    def __init__(self, message: str, *, status: str = "error", retry_after: str | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class FetchResult:
    """The outcome of one successful fetch (200 with a body, or 304)."""

    status: int
    url: str
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304."""
        return self.status == 304


class HostSlots:
    """At most ``per_host`` requests at once to one host name (politeness), shared by
    every fetch that is given it; a redirect's hops each take a slot of their own host."""

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self._slots: dict[str, asyncio.Semaphore] = {}

    def slot(self, url: str) -> asyncio.Semaphore:
        """The semaphore of the URL's host."""
        host = (urlsplit(url).hostname or "").lower()
        if host not in self._slots:
            self._slots[host] = asyncio.Semaphore(self.per_host)
        return self._slots[host]


def make_session(concurrency: int, user_agent: str, *, allow_private: bool = False,
                 allowed_hosts: Iterable[str] = ()) -> aiohttp.ClientSession:
    """One shared session; the connector bounds connections per poll and, unless
    private hosts are allowed, connects only to addresses the SSRF guard checked
    (or to the hosts listed in ``allowed_hosts``)."""
    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=concurrency,
                                     ttl_dns_cache=60,
                                     **resolver_for(allow_private, allowed_hosts))
    return aiohttp.ClientSession(
        connector=connector, headers={"User-Agent": user_agent}, auto_decompress=True
    )


async def fetch(
    session: aiohttp.ClientSession,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    allow_private: bool = False,
    allowed_hosts: Iterable[str] = (),
    hosts: HostSlots | None = None,
) -> FetchResult:
    """GET ``url`` following at most 5 redirects, each hop checked by the SSRF guard
    (``allowed_hosts`` may be private) and, with ``hosts``, within its host's slots.

    Raises:
        FetchError: on HTTP errors (with Retry-After for 429/503), timeouts,
            oversized bodies, redirect loops and refused addresses.
    """
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(timeout):
            return await _follow(session, url, headers, max_bytes,
                                 _Guard(allow_private, tuple(allowed_hosts), hosts))
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s", status="timeout") from None
    except UnsafeURL as exc:
        raise FetchError(str(exc), status="refused") from None
    except aiohttp.ClientError as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}".splitlines()[0]) from None


@dataclass(frozen=True)
class _Guard:
    """What every hop is checked against: the SSRF guard and the per-host slots."""

    allow_private: bool
    allowed_hosts: tuple[str, ...]
    hosts: HostSlots | None

    def slot(self, url: str) -> contextlib.AbstractAsyncContextManager[Any]:
        return self.hosts.slot(url) if self.hosts else contextlib.nullcontext()


async def _follow(
    session: aiohttp.ClientSession, url: str, headers: dict[str, str], max_bytes: int,
    guard: _Guard,
) -> FetchResult:
    seen: set[str] = set()
    for _hop in range(MAX_REDIRECTS + 1):
        await check_url(url, allow_private=guard.allow_private,
                        allowed_hosts=guard.allowed_hosts)
        seen.add(url)
        async with (guard.slot(url),
                    session.get(url, headers=headers, allow_redirects=False) as resp):
            if resp.status in _REDIRECTS and "Location" in resp.headers:
                url = urljoin(url, resp.headers["Location"])
                if url in seen:
                    raise FetchError(f"redirect loop at {url}", status="redirect")
                continue
            return await _result(resp, url, max_bytes)
    raise FetchError(f"more than {MAX_REDIRECTS} redirects", status="redirect")


async def _result(resp: aiohttp.ClientResponse, url: str, max_bytes: int) -> FetchResult:
    hdrs = {k.lower(): v for k, v in resp.headers.items()}
    if resp.status == 304:
        return FetchResult(304, url, b"", hdrs.get("etag"), hdrs.get("last-modified"), hdrs)
    if resp.status != 200:
        raise FetchError(
            f"HTTP {resp.status} {resp.reason or ''}".strip(),
            status=str(resp.status), retry_after=hdrs.get("retry-after"),
        )
    declared = resp.content_length
    if declared is not None and declared > max_bytes:
        raise FetchError(f"body of {declared} bytes exceeds max_bytes={max_bytes}", status="too_big")
    chunks: list[bytes] = []
    size = 0
    async for chunk in resp.content.iter_chunked(65536):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"body exceeds max_bytes={max_bytes}; aborted", status="too_big")
        chunks.append(chunk)
    return FetchResult(200, url, b"".join(chunks), hdrs.get("etag"), hdrs.get("last-modified"), hdrs)
