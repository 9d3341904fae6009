"""The fake Discord holds up against the real discord.py client (no product code involved).

A commands.Bot with default intents logs in over REST, connects to the fake gateway, syncs a
guild slash command, answers interactions (command, autocomplete, button, modal), sends
embeds with AllowedMentions.none(), waits out 429s without sending twice, sees 403 as
discord.Forbidden, resumes after a dropped connection and closes cleanly.
"""

from __future__ import annotations

import asyncio
import json
import warnings
from collections.abc import AsyncIterator

import aiohttp
import pytest

from tests.fakes.discord_api import APP_ID, TOKEN, FakeDiscord
from tests.fakes.discord_model import MANAGE_GUILD, Guild

with warnings.catch_warnings():
    # discord.player imports audioop, deprecated on 3.11-3.12; filterwarnings=error would fail here
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord
    from discord import app_commands
    from discord.ext import commands

TIMEOUT = 10.0


class Feedback(discord.ui.Modal, title="Feedback"):
    claim = discord.ui.TextInput(label="Claim", custom_id="claim", max_length=200)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        interaction.client.submitted.append(self.claim.value)  # type: ignore[attr-defined]
        await interaction.response.send_message("Thanks", ephemeral=True)


class Vote(discord.ui.View):
    @discord.ui.button(label="Agree", custom_id="vote:up")
    async def up(self, interaction: discord.Interaction, button: discord.ui.Button[Vote]) -> None:
        await interaction.response.edit_message(content=f"1 vote, by {interaction.user.id}")


class Bot(commands.Bot):
    """A bot with four guild commands, created fresh for every test."""

    def __init__(self, guild_id: int) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=discord.Intents.default(),
                         allowed_mentions=discord.AllowedMentions.none(), guild_ready_timeout=0.05)
        self.guild_id = guild_id
        self.ready = asyncio.Event()
        self.submitted: list[str] = []
        self.removed: list[int] = []
        self.deleted_channels: list[int] = []

    async def setup_hook(self) -> None:
        guild = discord.Object(self.guild_id)

        @app_commands.command(description="Repeat a text")
        async def echo(interaction: discord.Interaction, text: str, times: int = 1) -> None:
            await interaction.response.send_message(" ".join([text] * times), ephemeral=True)

        @app_commands.command(description="Send feedback")
        @app_commands.default_permissions(manage_guild=True)
        async def feedback(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(Feedback())

        @app_commands.command(description="Show a rebuttal")
        async def rebuttal(interaction: discord.Interaction, id: str) -> None:
            await interaction.response.send_message(f"rebuttal {id}", view=Vote())

        @app_commands.command(description="Answer after some work")
        async def later(interaction: discord.Interaction) -> None:
            await interaction.response.defer(ephemeral=True, thinking=True)
            await interaction.followup.send("first")  # replaces the "thinking" message
            await interaction.followup.send("second")
            await interaction.edit_original_response(content="first, edited")

        @rebuttal.autocomplete("id")
        async def rebuttal_ids(interaction: discord.Interaction,
                               current: str) -> list[app_commands.Choice[str]]:
            ids = ["china-follows-musk", "tesla-subsidies"]
            return [app_commands.Choice(name=i, value=i) for i in ids if current in i]

        for command in (echo, feedback, rebuttal, later):
            self.tree.add_command(command, guild=guild)

    async def on_ready(self) -> None:
        self.ready.set()

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        self.removed.append(guild.id)

    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        self.deleted_channels.append(channel.id)


@pytest.fixture
async def bot(fake: FakeDiscord, guild: Guild) -> AsyncIterator[Bot]:
    """A logged-in, ready bot; closed (and its task awaited) afterwards."""
    client = Bot(guild.id)
    task = asyncio.create_task(client.start(TOKEN))
    ready = asyncio.create_task(client.ready.wait())
    await asyncio.wait({task, ready}, timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
    if not ready.done():
        ready.cancel()
        await client.close()
        raise AssertionError(f"bot not ready: {task.exception() if task.done() else 'timeout'}")
    yield client
    await client.close()
    await asyncio.wait_for(task, TIMEOUT)


async def synced(bot: Bot, guild: Guild) -> list[app_commands.AppCommand]:
    return await bot.tree.sync(guild=discord.Object(guild.id))


async def test_bot_logs_in_and_gets_ready_with_the_guild(fake: FakeDiscord, guild: Guild,
                                                         bot: Bot) -> None:
    assert bot.user is not None and bot.user.id == APP_ID
    assert bot.application_id == APP_ID
    seen = bot.get_guild(guild.id)
    assert seen is not None and {c.name for c in seen.text_channels} == {"general", "news", "locked"}
    assert seen.me.guild_permissions.send_messages
    locked = seen.get_channel(guild.channel("locked"))
    assert locked is not None and not locked.permissions_for(seen.me).send_messages
    assert [r.route for r in fake.requests[:2]] == ["/users/@me", "/oauth2/applications/@me"]
    assert fake.gateway.identifies == 1 and fake.gateway.queries[0]["v"] == "10"
    identify = next(f for f in fake.gateway.received if f["op"] == 2)
    assert identify["d"]["intents"] == discord.Intents.default().value


async def test_guild_slash_commands_sync_with_stable_ids(fake: FakeDiscord, guild: Guild,
                                                         bot: Bot) -> None:
    first = await synced(bot, guild)
    again = await synced(bot, guild)
    assert sorted(c.name for c in first) == ["echo", "feedback", "later", "rebuttal"]
    assert {c.name: c.id for c in first} == {c.name: c.id for c in again}
    feedback = next(c for c in first if c.name == "feedback")
    assert feedback.default_member_permissions == discord.Permissions(manage_guild=True)
    assert len(fake.calls("/applications/{app}/guilds/{guild}/commands", "PUT")) == 2
    assert [c["guild_id"] for c in fake.commands[guild.id]] == [str(guild.id)] * 4


async def test_slash_command_is_answered_through_the_callback(fake: FakeDiscord, guild: Guild,
                                                              bot: Bot) -> None:
    await synced(bot, guild)
    user = fake.add_member(guild.id, name="reader")
    inter = await fake.gateway.slash_command("echo", {"text": "hi", "times": 2}, guild_id=guild.id,
                                             channel_id=guild.channel("general"), user_id=user)
    response = await fake.wait_for_response(inter)
    assert response["type"] == 4
    assert response["data"]["content"] == "hi hi" and response["data"]["flags"] == 64
    [reply] = fake.replies(inter)
    assert reply.source == "response" and reply.payload["interaction_metadata"]["user"]["id"] == str(user)


async def test_autocomplete_gets_choices(fake: FakeDiscord, guild: Guild, bot: Bot) -> None:
    await synced(bot, guild)
    inter = await fake.gateway.autocomplete("rebuttal", {"id": "tesla"}, "id", guild_id=guild.id,
                                            channel_id=guild.channel("general"), user_id=APP_ID + 7)
    response = await fake.wait_for_response(inter)
    assert response == {"type": 8, "data": {"choices": [
        {"name": "tesla-subsidies", "value": "tesla-subsidies"}]}}


async def test_button_press_reaches_the_view(fake: FakeDiscord, guild: Guild, bot: Bot) -> None:
    await synced(bot, guild)
    general = guild.channel("general")
    command = await fake.gateway.slash_command("rebuttal", {"id": "x"}, guild_id=guild.id,
                                               channel_id=general, user_id=APP_ID + 8)
    await fake.wait_for_response(command)
    [post] = fake.replies(command)
    assert post.custom_ids() == ["vote:up"]
    press = await fake.gateway.press(post, "vote:up", user_id=APP_ID + 9)
    assert (await fake.wait_for_response(press))["type"] == 7  # update the pressed message
    assert post.content == f"1 vote, by {APP_ID + 9}" and post.custom_ids() == ["vote:up"]


async def test_deferred_answer_followups_and_original_edit(fake: FakeDiscord, guild: Guild,
                                                           bot: Bot) -> None:
    await synced(bot, guild)
    inter = await fake.gateway.slash_command("later", guild_id=guild.id,
                                             channel_id=guild.channel("general"), user_id=APP_ID + 4)
    assert (await fake.wait_for_response(inter)) == {"type": 5, "data": {"flags": 64}}
    replies = await fake.wait_for(lambda: len(fake.replies(inter)) == 2 and fake.replies(inter))
    await fake.wait_for(lambda: replies[0].content == "first, edited")
    assert [(m.source, m.flags) for m in replies] == [("response", 64), ("followup", 0)]
    assert replies[1].content == "second"


async def test_modal_opens_and_its_submit_arrives(fake: FakeDiscord, guild: Guild,
                                                  bot: Bot) -> None:
    await synced(bot, guild)
    admin = fake.add_member(guild.id, roles=[fake.add_role(guild.id, "Admins", MANAGE_GUILD)])
    opened = await fake.gateway.slash_command("feedback", guild_id=guild.id,
                                              channel_id=guild.channel("general"), user_id=admin)
    await fake.wait_for_response(opened)
    assert opened.modal is not None and opened.modal["title"] == "Feedback"
    with pytest.raises(ValueError):
        await fake.gateway.submit_modal(opened, {"Claim": "x" * 201})  # over max_length
    submit = await fake.gateway.submit_modal(opened, {"Claim": "China follows Musk"})
    assert (await fake.wait_for_response(submit))["data"]["content"] == "Thanks"
    assert bot.submitted == ["China follows Musk"]
    assert int(submit.payload["member"]["permissions"]) & MANAGE_GUILD


async def test_message_with_embed_pings_nobody(fake: FakeDiscord, guild: Guild, bot: Bot) -> None:
    channel = bot.get_channel(guild.channel("news"))
    assert isinstance(channel, discord.TextChannel)
    embed = discord.Embed(title="Elon Musk on China", description="quote").add_field(
        name="Counterpoint", value="text")
    message = await channel.send("@everyone <@123> read this", embed=embed)
    [post] = fake.sent(channel.id)
    assert message.id == post.id and message.embeds[0].title == "Elon Musk on China"
    assert post.allowed_mentions == {"parse": []} and not post.pinged
    assert post.embeds[0]["fields"] == [{"name": "Counterpoint", "value": "text", "inline": True}]
    loud = await channel.send("@everyone", allowed_mentions=discord.AllowedMentions.all())
    assert loud.mention_everyone  # the per-call value overrides the client's default


async def test_a_429_is_waited_out_once_without_sending_twice(fake: FakeDiscord, guild: Guild,
                                                              bot: Bot) -> None:
    channel = bot.get_channel(guild.channel("news"))
    assert isinstance(channel, discord.TextChannel)
    fake.fail_channel(channel.id, "429", retry_after=0.25)
    await channel.send("once")
    first, second = fake.calls("/channels/{channel}/messages", "POST")
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 0.25
    assert fake.count_429 == {"user": 1} and fake.posts[channel.id] == 1 and not fake.duplicates()


async def test_route_headers_pace_the_client_before_any_429(fake: FakeDiscord, guild: Guild,
                                                             bot: Bot) -> None:
    fake.channel_limit = (2, 0.5)
    news = bot.get_channel(guild.channel("news"))
    assert isinstance(news, discord.TextChannel)
    await asyncio.gather(*(news.send(f"post {i}") for i in range(5)))
    assert fake.count_429 == {}  # discord.py waited on X-RateLimit-Remaining: 0
    assert sorted(m.content for m in fake.sent(news.id)) == [f"post {i}" for i in range(5)]


async def test_global_429s_are_waited_out_without_duplicates(fake: FakeDiscord, guild: Guild,
                                                             bot: Bot) -> None:
    fake.global_limit = 3
    ids = [fake.add_channel(guild.id, f"c{i}") for i in range(6)]
    await asyncio.gather(*(bot.get_partial_messageable(c).send("statement") for c in ids))
    assert fake.count_429["global"] >= 1 and fake.count_429["user"] == 0
    assert [fake.posts[c] for c in ids] == [1] * 6 and not fake.duplicates()
    posts = fake.calls("/channels/{channel}/messages", "POST")
    assert len(posts) == 6 + fake.count_429["global"]  # each 429 retried once it passed


async def test_enforce_nonce_makes_resends_idempotent(fake: FakeDiscord, guild: Guild,
                                                      bot: Bot) -> None:
    # the send() that empties a bucket returns only when it resets: keep this one wide
    fake.channel_limit = (10, 5.0)
    news = bot.get_channel(guild.channel("news"))
    assert isinstance(news, discord.TextChannel)
    fake.fail_channel(news.id, "500_stored")  # stored, but the answer is a 500
    await news.send("statement")  # discord.py retries the 500 with the same random nonce
    first, retry = fake.calls("/channels/{channel}/messages", "POST")
    assert first.body["enforce_nonce"] is True and first.body["nonce"] == retry.body["nonce"]
    assert fake.posts[news.id] == 1
    once = await news.send("statement", nonce="outbox-17")  # a stable nonce, e.g. an outbox row
    again = await news.send("statement", nonce="outbox-17")
    assert once.id == again.id and fake.posts[news.id] == 2
    await news.send("statement")  # a new send() is a new random nonce: a duplicate
    assert fake.posts[news.id] == 3 and len(fake.duplicates()) == 2


async def test_an_interaction_answered_too_late_is_unknown(fake: FakeDiscord, guild: Guild,
                                                           bot: Bot) -> None:
    await synced(bot, guild)
    fake.interaction_deadline = 0.0  # Discord allows 3 s
    inter = await fake.gateway.slash_command("echo", {"text": "late"}, guild_id=guild.id,
                                             channel_id=guild.channel("general"), user_id=APP_ID + 5)
    [late] = await fake.wait_for(lambda: fake.calls("/interactions/{interaction}/{token}/callback"))
    assert late.status == 404 and not inter.responses


async def test_forbidden_and_unknown_channels_raise(fake: FakeDiscord, guild: Guild,
                                                    bot: Bot) -> None:
    locked = bot.get_channel(guild.channel("locked"))
    news = bot.get_channel(guild.channel("news"))
    assert isinstance(locked, discord.TextChannel) and isinstance(news, discord.TextChannel)
    with pytest.raises(discord.Forbidden) as forbidden:
        await locked.send("hello")
    assert (forbidden.value.status, forbidden.value.code) == (403, 50013)
    fake.fail_channel(news.id, "403")
    with pytest.raises(discord.Forbidden):
        await news.send("hello")
    fake.fail_channel(news.id, "404")
    with pytest.raises(discord.NotFound) as missing:
        await news.send("hello")
    assert missing.value.code == 10003
    assert fake.posts == {}


async def test_dropped_connections_resume_and_replay_missed_events(fake: FakeDiscord, guild: Guild,
                                                                   bot: Bot) -> None:
    await synced(bot, guild)
    await fake.gateway.drop(4000)
    await fake.gateway.wait_resumed(1)
    await fake.gateway.drop(None)  # a cut TCP connection, no close frame
    inter = await fake.gateway.slash_command("echo", {"text": "back"}, guild_id=guild.id,
                                             channel_id=guild.channel("general"), user_id=APP_ID + 3)
    await fake.gateway.wait_resumed(2)
    assert (await fake.wait_for_response(inter))["data"]["content"] == "back"
    assert fake.gateway.identifies == 1
    assert all(q.get("v") == "10" for q in fake.gateway.queries)


async def test_removal_from_a_server_and_a_deleted_channel_reach_the_bot(
        fake: FakeDiscord, guild: Guild, bot: Bot) -> None:
    news = bot.get_channel(guild.channel("news"))
    assert isinstance(news, discord.TextChannel)
    await fake.gateway.delete_channel(news.id)
    await fake.wait_for(lambda: bot.deleted_channels == [news.id])
    with pytest.raises(discord.NotFound):
        await news.send("gone")
    await fake.gateway.remove_from_guild(guild.id)
    await fake.wait_for(lambda: bot.removed == [guild.id])
    assert bot.get_guild(guild.id) is None


async def test_bot_closes_cleanly(fake: FakeDiscord, guild: Guild) -> None:
    client = Bot(guild.id)
    task = asyncio.create_task(client.start(TOKEN))
    await asyncio.wait_for(client.ready.wait(), TIMEOUT)
    await client.close()
    await asyncio.wait_for(task, TIMEOUT)
    assert task.exception() is None
    await fake.wait_for(lambda: fake.gateway.close_codes, what="the gateway closed")
    # Client.close() asks for 1000, but discord.py's reader, woken by aiohttp's close, closes
    # first with 4000: Discord keeps the session resumable until it times out.
    assert fake.gateway.close_codes == [4000]


async def test_unknown_routes_answer_404_json(fake: FakeDiscord) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(fake.base_url + "/nothing/here") as resp:
            assert resp.status == 404
            assert resp.headers["Content-Type"] == "application/json"
            assert json.loads(await resp.text()) == {"message": "404: Not Found", "code": 0}
        async with session.get(fake.base_url + "/users/@me") as resp:
            assert resp.status == 401


async def test_rate_limit_answers_carry_discords_headers(fake: FakeDiscord, guild: Guild) -> None:
    url = f"{fake.base_url}/channels/{guild.channel('news')}/messages"
    auth = {"Authorization": f"Bot {TOKEN}"}
    fake.channel_limit, fake.global_limit = (1, 5.0), 2
    async with aiohttp.ClientSession(headers=auth) as session:
        async with session.post(url, json={"content": "a"}) as ok:
            assert ok.headers["X-RateLimit-Limit"] == "1"
            assert ok.headers["X-RateLimit-Remaining"] == "0"
            assert 4.5 < float(ok.headers["X-RateLimit-Reset-After"]) <= 5.0
            assert {"X-RateLimit-Reset", "X-RateLimit-Bucket", "Via"} <= set(ok.headers)
        async with session.post(url, json={"content": "b"}) as route:
            assert route.status == 429 and route.headers["X-RateLimit-Scope"] == "user"
            assert "X-RateLimit-Global" not in route.headers and route.headers["Retry-After"] == "5"
            body = await route.json()
            assert body["global"] is False and 4.5 < body["retry_after"] <= 5.0
        async with session.get(f"{fake.base_url}/users/@me") as over:
            assert over.status == 429 and over.headers["X-RateLimit-Global"] == "true"
            assert over.headers["X-RateLimit-Scope"] == "global"
            assert (await over.json())["global"] is True
    assert fake.count_429 == {"user": 1, "global": 1} and fake.posts[guild.channel("news")] == 1
