"""The SSRF guard on addresses and URL syntax (no network: literal IPs and localhost)."""

from __future__ import annotations

import pytest

from tracker.feeds.guard import UnsafeURL, check_url, is_forbidden


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "224.0.0.1",
    "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1",
])
def test_forbidden_addresses(address: str) -> None:
    assert is_forbidden(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses(address: str) -> None:
    assert not is_forbidden(address)


async def test_check_url_refuses_private_hosts_unless_allowed() -> None:
    with pytest.raises(UnsafeURL, match="non-public address 127.0.0.1"):
        await check_url("http://127.0.0.1:8080/feed", allow_private=False)
    with pytest.raises(UnsafeURL, match="non-public"):
        await check_url("http://localhost/feed", allow_private=False)
    with pytest.raises(UnsafeURL, match="non-public"):
        await check_url("http://[::1]/feed", allow_private=False)
    await check_url("http://127.0.0.1:8080/feed", allow_private=True)
    await check_url("https://8.8.8.8/feed", allow_private=False)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "javascript:1",
                                 "http://", "http://host:99999/", "not a url"])
async def test_check_url_rejects_bad_syntax(url: str) -> None:
    with pytest.raises(UnsafeURL, match="invalid URL"):
        await check_url(url, allow_private=True)


class _Rebinding:
    """A DNS that sends every name to the loopback address (a rebinding attacker)."""

    async def resolve(self, host: str, port: int = 0, family: object = None) -> list[dict[str, object]]:
        import socket

        return [{"hostname": host, "host": "127.0.0.1", "port": port, "family": socket.AF_INET,
                 "proto": 0, "flags": 0}]

    async def close(self) -> None:
        return None


async def test_rebinding_after_the_check_cannot_reach_a_private_address(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The check sees a public address; the connection's own lookup then answers
    # 127.0.0.1, where a real server listens. The guarded resolver refuses it.
    import aiohttp
    from aiohttp import web

    from tracker.feeds import fetch as fetch_mod
    from tracker.feeds import guard

    async def public(host: str, port: int) -> list[str]:
        return ["93.184.216.34"]

    monkeypatch.setattr(guard, "resolve", public)
    hits: list[str] = []

    async def handler(request: web.Request) -> web.Response:
        hits.append(request.path)
        return web.Response(text="<rss/>")

    app = web.Application()
    app.router.add_get("/feed", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        url = f"http://rebind.test:{port}/feed"
        guarded = aiohttp.TCPConnector(resolver=guard.GuardedResolver(_Rebinding()))  # type: ignore[arg-type]
        async with aiohttp.ClientSession(connector=guarded) as session:
            with pytest.raises(fetch_mod.FetchError, match="non-public address 127.0.0.1"):
                await fetch_mod.fetch(session, url, allow_private=False)
        assert hits == []
        # The same lookup without the guard does reach the private server.
        plain = aiohttp.TCPConnector(resolver=_Rebinding())  # type: ignore[arg-type]
        async with aiohttp.ClientSession(connector=plain) as session:
            result = await fetch_mod.fetch(session, url, allow_private=False)
        assert result.status == 200 and hits == ["/feed"]
    finally:
        await runner.cleanup()


async def test_sessions_use_the_guarded_resolver_unless_private_hosts_are_allowed() -> None:
    from tracker.feeds.guard import GuardedResolver, resolver_for

    assert isinstance(resolver_for(False)["resolver"], GuardedResolver)
    assert resolver_for(True) == {}
