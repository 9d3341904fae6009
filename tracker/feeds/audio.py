"""Download an episode's audio to a file: SSRF guard on every hop, streamed, size-capped.

Speech recognition needs the whole file on disk; an episode is tens of megabytes, so
the body is written as it arrives and never held in memory. The session is the one
``fetch.make_session`` builds (its resolver refuses private addresses).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import urljoin

import aiohttp

from tracker.feeds.fetch import MAX_REDIRECTS, FetchError
from tracker.feeds.guard import UnsafeURL, check_url

_REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 1 << 16


async def download(session: aiohttp.ClientSession, url: str, dest: Path, *, max_bytes: int,
                   read_timeout: float = 20.0, total_timeout: float = 1800.0,
                   allow_private: bool = False, allowed_hosts: Sequence[str] = (),
                   headers: Mapping[str, str] | None = None) -> int:
    """GET ``url`` into ``dest``; returns the bytes written. ``headers`` go with every
    hop (a video's stream may want those its page was read with).

    Raises:
        FetchError: HTTP errors, timeouts, a body past ``max_bytes`` (the partial
            file is removed), redirect loops and refused addresses.
    """
    try:
        async with asyncio.timeout(total_timeout):
            return await _follow(session, url, dest, max_bytes, read_timeout,
                                 (allow_private, tuple(allowed_hosts)), dict(headers or {}))
    except TimeoutError:
        dest.unlink(missing_ok=True)
        raise FetchError("audio download timed out", status="timeout") from None
    except UnsafeURL as exc:
        raise FetchError(str(exc), status="refused") from None
    except aiohttp.ClientError as exc:
        dest.unlink(missing_ok=True)
        raise FetchError(f"{type(exc).__name__}: {exc}".splitlines()[0]) from None


async def _follow(session: aiohttp.ClientSession, url: str, dest: Path, max_bytes: int,
                  read_timeout: float, guard: tuple[bool, tuple[str, ...]],
                  headers: dict[str, str]) -> int:
    seen: set[str] = set()
    timeout = aiohttp.ClientTimeout(sock_read=read_timeout, sock_connect=read_timeout)
    for _hop in range(MAX_REDIRECTS + 1):
        await check_url(url, allow_private=guard[0], allowed_hosts=guard[1])
        seen.add(url)
        async with session.get(url, allow_redirects=False, timeout=timeout,
                               headers=headers) as resp:
            if resp.status in _REDIRECTS and "Location" in resp.headers:
                url = urljoin(url, resp.headers["Location"])
                if url in seen:
                    raise FetchError(f"redirect loop at {url}", status="redirect")
                continue
            if resp.status != 200:
                raise FetchError(f"HTTP {resp.status} {resp.reason or ''}".strip(),
                                 status=str(resp.status))
            return await _write(resp, dest, max_bytes)
    raise FetchError(f"more than {MAX_REDIRECTS} redirects", status="redirect")


async def _write(resp: aiohttp.ClientResponse, dest: Path, max_bytes: int) -> int:
    declared = resp.content_length
    if declared is not None and declared > max_bytes:
        raise FetchError(f"audio of {declared} bytes exceeds the cap of {max_bytes} bytes",
                         status="too_big")
    size = 0
    with dest.open("wb") as out:
        async for chunk in resp.content.iter_chunked(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                break
            out.write(chunk)
    if size > max_bytes:
        dest.unlink(missing_ok=True)
        raise FetchError(f"audio exceeds the cap of {max_bytes} bytes; aborted", status="too_big")
    return size
