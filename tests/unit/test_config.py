"""Settings: embedded defaults, the TOML file, environment overrides, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.config import ConfigError, load_settings


def test_no_file_gives_embedded_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={})
    assert settings.database.url == "sqlite+aiosqlite:///./tracker.db"
    assert settings.polling.interval_seconds == 300
    assert settings.polling.allow_private_hosts is False
    assert settings.telegram.api_base_url == "https://api.telegram.org/bot"
    assert settings.source == "<embedded defaults>"


def test_default_feed_list_has_news_and_podcasts_in_both_languages() -> None:
    from tracker.config import default_feeds

    feeds_ = default_feeds()
    kinds = {f.kind.value for f in feeds_}
    langs = {f.language for f in feeds_}
    assert kinds == {"news", "podcast"}
    assert {"en", "zh"} <= langs
    assert all(f.url.startswith("https://") for f in feeds_)


def test_default_watch_is_musk_china_with_chinese_aliases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (watch,) = load_settings(environ={}).watch_list()
    assert watch.name == "musk-china"
    assert watch.speaker == "Elon Musk"
    assert "马斯克" in watch.speaker_aliases
    assert "BYD" in watch.topic_terms and "中国" in watch.topic_terms


def test_file_values_and_env_overrides(tmp_path: Path) -> None:
    cfg = tmp_path / "t.toml"
    cfg.write_text(
        '[database]\nurl = "sqlite:///x.db"\n[polling]\ninterval_seconds = 60\n'
        '[telegram]\nchannels = ["@a"]\nadmins = [1]\n'
        '[[feeds]]\nurl = "https://example.org/rss"\nkind = "podcast"\n',
        encoding="utf-8",
    )
    env = {
        "TRACKER_POLLING__INTERVAL_SECONDS": "120",
        "TRACKER_TELEGRAM__ADMINS": "[5, 6]",
        "TELEGRAM_BOT_TOKEN": "123:abc",
    }
    s = load_settings(cfg, environ=env)
    assert s.database.url == "sqlite:///x.db"
    assert s.polling.interval_seconds == 120
    assert s.telegram.admins == [5, 6]
    assert s.telegram.channels == ["@a"]
    assert s.telegram.token is not None and s.telegram.token.get_secret_value() == "123:abc"
    assert [f.kind.value for f in s.feed_list()] == ["podcast"]


def test_token_never_appears_in_repr(tmp_path: Path) -> None:
    cfg = tmp_path / "empty.toml"
    cfg.write_text("", encoding="utf-8")
    s = load_settings(cfg, environ={"TELEGRAM_BOT_TOKEN": "999:secret"})
    assert "999:secret" not in repr(s)
    assert "999:secret" not in str(s.telegram)


def test_unknown_key_is_one_line_error_naming_key_and_file(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[polling]\nintervall_seconds = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(cfg, environ={})
    message = str(err.value)
    assert "polling.intervall_seconds" in message and str(cfg) in message
    assert "\n" not in message


def test_wrong_type_is_one_line_error(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[polling]\nconcurrency = "many"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"polling\.concurrency"):
        load_settings(cfg, environ={})


def test_unknown_env_key_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="database.uri"):
        load_settings(environ={"TRACKER_DATABASE__URI": "x"})


def test_explicit_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "missing.toml", environ={})


def test_invalid_toml_is_an_error(tmp_path: Path) -> None:
    cfg = tmp_path / "broken.toml"
    cfg.write_text("[polling\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(cfg, environ={})


def test_prefixed_names_without_section_are_not_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # TRACKER_CONFIG and tool switches such as TRACKER_TEST_REQUIRE_POSTGRES
    # share the prefix but are not TRACKER_<SECTION>__<KEY> settings.
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={"TRACKER_TEST_REQUIRE_POSTGRES": "1"})
    assert settings.polling.interval_seconds == 300
    with pytest.raises(ConfigError, match="TRACKER_POLLING__X__Y"):
        load_settings(environ={"TRACKER_POLLING__X__Y": "1"})
