"""The Discord bot's slash commands and forms, through the real discord.py client and the fake.

The bot runs as ``tracker run`` composes it (the platform registry, startup, the database);
members run commands over the fake gateway and read the answers the fake received.
"""

from __future__ import annotations

import logging

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from tests.e2e.conftest import (
    Running,
    Server,
    answered,
    command,
    discord_settings,
    running,
    text_of,
)
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_model import EPHEMERAL, MANAGE_CHANNELS, MANAGE_GUILD
from tracker.config import PollingSettings
from tracker.errors import TrackerError
from tracker.storage.db import Database
from tracker.storage.schema_rebuttals import RebuttalRow
from tracker.usecases import curate, destinations

PUBLIC = {"latest", "search", "rebuttal", "help", "subscribe", "unsubscribe", "login"}
ADMIN = {"curate", "feeds", "stats"}
RID = "china-power-three-times-us"  # a bundled rebuttal


async def rebuttal_count(db: Database) -> int:
    async with db.session() as session:
        return int(await session.scalar(select(func.count()).select_from(RebuttalRow)) or 0)


async def test_commands_are_synced_to_the_server_with_their_default_permissions(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    synced = {c["name"]: c for c in fake.commands[server.guild.id]}
    assert set(synced) == PUBLIC | ADMIN and 0 not in fake.commands  # none synced globally
    for name in ADMIN:
        assert int(synced[name]["default_member_permissions"]) == MANAGE_GUILD
    for name in ("subscribe", "unsubscribe"):
        assert int(synced[name]["default_member_permissions"]) == MANAGE_CHANNELS
    assert synced["latest"]["default_member_permissions"] is None
    assert {o["name"] for o in synced["curate"]["options"]} == {"add", "edit", "retire", "attach"}
    identify = next(f for f in fake.gateway.received if f["op"] == 2)
    assert identify["d"]["intents"] == 1  # guilds only: nothing privileged


async def test_help_answers_everyone_privately_and_pings_nobody(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    answer = await command(fake, server, "help", server.reader)
    assert answer.flags & EPHEMERAL and answer.allowed_mentions == {"parse": []}
    shown = text_of(answer)
    assert "what Elon Musk says about China" in shown
    assert "/latest" in shown and "/curate add" in shown


async def test_admin_commands_refuse_other_members_and_log_their_id(
        fake: FakeDiscord, server: Server, discord_bot: Running,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "adapters.discord_bot")
    refused = await command(fake, server, "stats", server.reader)
    assert refused.flags & EPHEMERAL and "only the bot's admins" in refused.content
    assert f"refused /stats from discord user {server.reader}" in caplog.text
    for admin in (server.admin, server.curator):  # Manage Server, or the admin role
        stats = await command(fake, server, "stats", admin)
        assert "Statements" in text_of(stats) and "No votes yet." in text_of(stats)
    refused_feed = await command(fake, server, "feeds list", server.moderator)
    assert "only the bot's admins" in refused_feed.content


async def test_curate_add_opens_a_form_whose_submit_stores_the_rebuttal(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    before = await rebuttal_count(discord_bot.db)
    opened = await fake.gateway.slash_command("curate add", guild_id=server.guild.id,
                                              channel_id=server.general, user_id=server.curator)
    await fake.wait_for_response(opened)
    assert opened.modal is not None
    labels = [c["components"][0]["label"] for c in opened.modal["components"]]
    assert labels == ["Claim in English", "Claim in Chinese", "Counterpoint in English",
                      "Counterpoint in Chinese", "Source URL (http or https)"]
    values = {"Claim in English": "China runs on Musk's ideas",
              "Claim in Chinese": "中国靠马斯克的主意运转",
              "Counterpoint in English": "China's plans predate him",
              "Counterpoint in Chinese": "中国的规划早于他", "Source URL (http or https)": "gov.cn"}
    bad = await answered(fake, await fake.gateway.submit_modal(opened, values))
    assert bad.flags & EPHEMERAL and "Not a valid http(s) URL" in bad.content
    assert await rebuttal_count(discord_bot.db) == before  # nothing half-written
    values["Source URL (http or https)"] = "https://gov.cn/plan"
    again = await fake.gateway.slash_command("curate add", guild_id=server.guild.id,
                                             channel_id=server.general, user_id=server.curator)
    await fake.wait_for_response(again)
    added = await answered(fake, await fake.gateway.submit_modal(again, values))
    rid = added.content.removeprefix("Added rebuttal ").rstrip(".")
    stored = await curate.get_rebuttal(discord_bot.db, rid)
    assert stored is not None and stored.claim_zh == "中国靠马斯克的主意运转"
    [revision] = await curate.revisions(discord_bot.db, rid)
    assert revision.changed_by == f"discord:{server.curator}"


async def test_curate_edit_prefills_the_form_and_records_the_editor(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    current = await curate.get_rebuttal(discord_bot.db, RID)
    assert current is not None
    opened, other = [await fake.gateway.slash_command(
        "curate edit", {"id": RID}, guild_id=server.guild.id, channel_id=server.general,
        user_id=user) for user in (server.admin, server.curator)]
    await fake.wait_for_response(opened)
    await fake.wait_for_response(other)
    assert opened.modal is not None
    fields = {c["components"][0]["label"]: c["components"][0] for c in opened.modal["components"]}
    assert fields["Claim in English"]["value"] == current.claim_en
    assert fields["Counterpoint in Chinese"]["value"] == current.counterpoints[0].text_zh
    submit = await fake.gateway.submit_modal(opened, {"Claim in English": "China will triple "
                                                      "US power output next year"})
    assert "version 2" in (await answered(fake, submit)).content
    edited = await curate.get_rebuttal(discord_bot.db, RID)
    assert edited is not None and edited.claim_en.startswith("China will triple")
    assert edited.counterpoints == current.counterpoints
    history = await curate.revisions(discord_bot.db, RID)
    assert history[-1].changed_by == f"discord:{server.admin}"
    # A form opened before that edit is from an older version: refused, nothing saved.
    stale = await answered(fake, await fake.gateway.submit_modal(
        other, {"Notes (for editors)": "checked"}))
    assert "changed by someone else" in stale.content
    assert len(await curate.revisions(discord_bot.db, RID)) == len(history)
    unknown = await command(fake, server, "curate edit", server.admin, {"id": "no-such"})
    assert unknown.flags & EPHEMERAL and "No rebuttal with that id" in unknown.content


async def test_curate_retire_and_attach_answer_bad_input_briefly(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    retired = await command(fake, server, "curate retire", server.admin, {"id": RID})
    assert f"Retired {RID}" in retired.content
    stored = await curate.get_rebuttal(discord_bot.db, RID)
    assert stored is not None and stored.status == "retired"
    missing = await command(fake, server, "curate attach", server.admin,
                            {"statement": 999, "rebuttal": RID})
    assert missing.flags & EPHEMERAL and "No statement 999" in missing.content
    too_long = await command(fake, server, "search", server.reader, {"text": "x" * 2001})
    assert "too long" in too_long.content


async def test_rebuttal_ids_autocomplete_on_ids_and_claims(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    typed = await fake.gateway.autocomplete("rebuttal", {"id": "three times"}, "id",
                                            guild_id=server.guild.id, channel_id=server.general,
                                            user_id=server.reader)
    response = await fake.wait_for_response(typed)
    assert response["type"] == 8
    choices = response["data"]["choices"]
    assert RID in [c["value"] for c in choices]
    assert all(len(c["name"]) <= 100 for c in choices)


async def test_rebuttal_latest_and_search_answer_with_embeds(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    shown = await command(fake, server, "rebuttal", server.reader, {"id": RID})
    assert shown.embeds[0]["title"].startswith(RID.replace("-", "-"))
    assert "2.3" in text_of(shown) or "three" in text_of(shown)
    unknown = await command(fake, server, "rebuttal", server.reader, {"id": "nope"})
    assert unknown.flags & EPHEMERAL and "No rebuttal with that id" in unknown.content
    latest = await command(fake, server, "latest", server.reader, {"n": 3})
    assert latest.content == "Nothing has been posted yet."
    found = await command(fake, server, "search", server.reader,
                          {"text": "China's electricity generation will triple the US"})
    assert found.embeds and "`" in found.embeds[0]["description"]


async def test_subscribe_needs_manage_channels_and_a_channel_the_bot_can_post_to(
        fake: FakeDiscord, server: Server, discord_bot: Running) -> None:
    refused = await command(fake, server, "subscribe", server.reader, channel=server.news)
    assert refused.flags & EPHEMERAL and "manage this channel" in refused.content
    locked = await command(fake, server, "subscribe", server.moderator, channel=server.locked)
    assert "I cannot post in this channel" in locked.content
    done = await command(fake, server, "subscribe", server.moderator, {"language": "zh"},
                         channel=server.news)
    assert done.content == "已订阅：新帖子会发到这里。"
    [dest] = [d for d in await destinations.list_destinations(discord_bot.db, "discord")
              if d.chat_id == str(server.news)]
    assert dest.language == "zh" and dest.role == "channel"
    gone = await command(fake, server, "unsubscribe", server.moderator, channel=server.news)
    assert gone.content == "Unsubscribed."
    assert str(server.news) not in {
        d.chat_id for d in await destinations.list_destinations(discord_bot.db, "discord")}


async def test_feeds_add_checks_the_url_and_lists_the_feed(
        fake: FakeDiscord, server: Server, sqlite_db: Database) -> None:
    settings = discord_settings(fake, server, polling=PollingSettings(allow_private_hosts=True))
    async with running(fake, sqlite_db, settings):
        empty = await command(fake, server, "feeds list", server.admin)
        assert "No feeds yet" in empty.content and "/feeds add" in empty.content
        bad = await command(fake, server, "feeds add", server.admin, {"url": "ftp://x.example/"})
        assert bad.flags & EPHEMERAL and "Not a valid http(s) URL" in bad.content
        added = await command(fake, server, "feeds add", server.admin,
                              {"url": "http://127.0.0.1:9/wire.xml", "kind": "podcast"})
        assert "Added feed" in added.content and "(podcast)" in added.content
        listed = await command(fake, server, "feeds list", server.admin)
        assert "127.0.0.1:9/wire.xml" in text_of(listed).replace("\\", "")


async def test_a_refused_token_stops_the_start_with_one_line(
        fake: FakeDiscord, server: Server, sqlite_db: Database) -> None:
    settings = discord_settings(fake, server)
    wrong = settings.discord.model_copy(update={"token": SecretStr("MTE.wrong.token-value")})
    with pytest.raises(TrackerError, match="Discord refused the token") as refused:
        async with running(fake, sqlite_db, settings.model_copy(update={"discord": wrong})):
            pass
    assert "wrong.token" not in str(refused.value) and not fake.gateway.identifies
