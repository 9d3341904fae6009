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
