"""The [discord] settings: ids are checked where they are read, with one line naming the key."""

from __future__ import annotations

import pytest

from tracker.config import ConfigError, load_settings


def test_ids_may_be_numbers_or_strings() -> None:
    settings = load_settings(None, {"TRACKER_DISCORD__CHANNELS": '[123, "456"]',
                                    "TRACKER_DISCORD__GUILD_IDS": "[789]",
                                    "TRACKER_DISCORD__REVIEW_CHANNEL": "42"})
    assert settings.discord.channels == ["123", "456"]
    assert settings.discord.guild_ids == [789] and settings.discord.review_channel == "42"
    assert load_settings(None, {}).discord.guild_ids == []


@pytest.mark.parametrize(("key", "value", "said"), [
    ("CHANNELS", '["#general"]', "discord.channels: '#general' is not a channel id"),
    ("REVIEW_CHANNEL", '"review"', "discord.review_channel: 'review' is not a channel id"),
    ("GUILD_IDS", "[-5]", "discord.guild_ids: '-5' is not a server id"),
])
def test_a_name_instead_of_an_id_is_one_line(key: str, value: str, said: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings(None, {f"TRACKER_DISCORD__{key}": value})
    assert str(refused.value) == f"environment variable TRACKER_DISCORD__{key}: {said} " \
                                 "(the number from Copy ID)"


def test_the_token_variable_turns_the_bot_on() -> None:
    settings = load_settings(None, {"DISCORD_BOT_TOKEN": "secret-token-value"})
    assert settings.discord.token is not None
    assert "secret-token-value" in settings.secrets()
