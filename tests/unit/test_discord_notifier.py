"""The Discord notifier's pieces that need no server: error mapping, nonces, pacing, checks."""

from __future__ import annotations

import asyncio
import dataclasses
from types import SimpleNamespace
from typing import Any

import discord
import pytest

from adapters.discord_bot import common
from adapters.discord_bot.notifier import GlobalPacer, delivery_nonce, translate
from tests.unit.test_discord_embeds import statement
from tracker import ports


def http_error(kind: type[discord.HTTPException], status: int, code: int = 0,
               headers: dict[str, str] | None = None) -> discord.HTTPException:
    response: Any = SimpleNamespace(status=status, reason="x", headers=headers or {})
    return kind(response, {"message": "refused", "code": code})


@pytest.mark.parametrize(("error", "expected"), [
    (http_error(discord.Forbidden, 403, 50013), ports.DestinationGone),  # missing permissions
    (http_error(discord.Forbidden, 403, 50001), ports.DestinationGone),  # missing access
    (http_error(discord.NotFound, 404, 10003), ports.DestinationGone),  # unknown channel
    (http_error(discord.NotFound, 404, 10008), ports.ContentRejected),  # unknown message
    (http_error(discord.HTTPException, 400, 50035), ports.ContentRejected),  # invalid form body
    (http_error(discord.DiscordServerError, 503), ports.TransientError),
    (TimeoutError(), ports.TransientError),
    (ConnectionResetError(), ports.TransientError),
])
def test_discord_errors_tell_the_outbox_what_to_do(error: Exception,
                                                   expected: type[Exception]) -> None:
    assert type(translate(error)) is expected


def test_rate_limits_become_exact_waits() -> None:
    long_wait = translate(discord.RateLimited(45.5))
    assert isinstance(long_wait, ports.RetryAfter) and long_wait.seconds == 45.5
    blocked = translate(http_error(discord.HTTPException, 429, headers={"Retry-After": "7"}))
    assert isinstance(blocked, ports.RetryAfter) and blocked.seconds == 7.0
    other = ValueError("a bug")
    assert translate(other) is other  # not ours to map: the outbox logs it with its traceback


def test_nonces_name_the_outbox_row_and_fit() -> None:
    st = statement("China will win")
    assert delivery_nonce("p", st) == delivery_nonce("p", st)
    assert len(delivery_nonce("p", st)) <= 25 and delivery_nonce("p", st).startswith("p42.")
    assert delivery_nonce("r", st) != delivery_nonce("p", st)
    assert delivery_nonce("p", statement("Another quote")) != delivery_nonce("p", st)
    assert len(delivery_nonce("r", dataclasses.replace(st, id=2**31 - 1))) <= 25


async def test_the_pacer_spaces_requests_evenly() -> None:
    pacer = GlobalPacer(rate=200.0)
    loop = asyncio.get_running_loop()
    times: list[float] = []

    async def request() -> None:
        await pacer.wait()
        times.append(loop.time())

    start = loop.time()
    await asyncio.gather(*(request() for _ in range(10)))
    # The k-th request waits for its slot, k/200 s after the first: never a burst.
    assert all(t >= start + k * 0.005 - 0.001 for k, t in enumerate(sorted(times)))


def interaction(*, guild_id: int | None = 1, manage_guild: bool = False,
                manage_channels: bool = False, roles: tuple[str, ...] = ()) -> Any:
    perms = discord.Permissions(manage_guild=manage_guild, manage_channels=manage_channels)
    settings = SimpleNamespace(discord=SimpleNamespace(admin_role="Tracker Admin"))
    user = SimpleNamespace(id=7, roles=[SimpleNamespace(name=r) for r in roles])
    return SimpleNamespace(guild_id=guild_id, permissions=perms, user=user, command=None,
                           client=SimpleNamespace(ctx=SimpleNamespace(settings=settings)))


def test_admins_have_manage_server_or_the_admin_role(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common.discord, "Member", SimpleNamespace)  # the stand-in user
    monkeypatch.setattr(common, "bot_context", lambda i: i.client.ctx)
    assert common.is_admin(interaction(manage_guild=True), "Tracker Admin")
    assert common.is_admin(interaction(roles=("tracker admin",)), "Tracker Admin")
    assert not common.is_admin(interaction(roles=("Mods",)), "Tracker Admin")
    assert not common.is_admin(interaction(roles=("",)), "")
    with pytest.raises(common.Refused, match="only the bot's admins"):
        common.check_admin(interaction(manage_channels=True))
    with pytest.raises(common.Refused, match="in a server"):
        common.check_admin(interaction(guild_id=None, manage_guild=True))
    assert common.check_moderator(interaction(manage_channels=True))
    with pytest.raises(common.Refused, match="manage this channel"):
        common.check_moderator(interaction())
