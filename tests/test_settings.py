"""Settings come from the environment and .env, the environment winning; the token never shows."""

from pathlib import Path

import pytest

from bot.settings import DEFAULT_ARTICLE_PATH, DEFAULT_DATA_DIR, SettingsError, load_settings

FAKE_TOKEN = "fake-token-for-tests"


def test_defaults_need_no_environment():
    settings = load_settings(environ={})
    assert settings.token is None
    assert settings.article_path == DEFAULT_ARTICLE_PATH
    assert settings.log_level == "INFO"
    assert settings.sync_commands is False


def test_values_are_read_and_typed():
    settings = load_settings(
        environ={
            "DISCORD_TOKEN": FAKE_TOKEN,
            "ARTICLE_PATH": "/tmp/articles",
            "DISCORD_GUILD_ID": "123",
            "LOG_LEVEL": "debug",
            "SYNC_COMMANDS": "yes",
            "SHARD_COUNT": "2",
        }
    )
    assert settings.token == FAKE_TOKEN
    assert settings.article_path == Path("/tmp/articles")
    assert (settings.guild_id, settings.log_level, settings.sync_commands, settings.shard_count) == (
        123,
        "DEBUG",
        True,
        2,
    )


def test_repr_never_shows_the_token():
    settings = load_settings(environ={"DISCORD_TOKEN": FAKE_TOKEN})
    assert FAKE_TOKEN not in repr(settings)
    assert FAKE_TOKEN not in str(settings)


@pytest.mark.parametrize(
    ("name", "value"), [("DISCORD_GUILD_ID", "abc"), ("SHARD_COUNT", "0"), ("SHARD_COUNT", "²")]
)
def test_bad_numbers_name_the_setting(name, value):
    with pytest.raises(SettingsError, match=name):
        load_settings(environ={name: value})


def test_bad_log_level_lists_the_choices():
    with pytest.raises(SettingsError, match="DEBUG, INFO"):
        load_settings(environ={"LOG_LEVEL": "loud"})


def test_dotenv_fills_only_what_the_environment_leaves_unset(tmp_path, monkeypatch):
    env_file = tmp_path / ".env"
    env_file.write_text("LOG_LEVEL=ERROR\nARTICLE_PATH=/from/dotenv\n")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    monkeypatch.delenv("ARTICLE_PATH", raising=False)
    settings = load_settings(env_file=env_file)
    assert settings.log_level == "WARNING"
    assert settings.article_path == Path("/from/dotenv")


def test_the_article_store_defaults_to_sqlite_under_the_data_folder():
    settings = load_settings(environ={})
    assert (settings.database_url, settings.data_dir, settings.article_quota) == (None, DEFAULT_DATA_DIR, 50)


def test_the_store_settings_are_read():
    settings = load_settings(
        environ={"DATABASE_URL": "postgresql://u:pw@db/bot", "DATA_DIR": "/srv/data", "ARTICLE_QUOTA": "10"}
    )
    assert (settings.database_url, settings.data_dir, settings.article_quota) == (
        "postgresql://u:pw@db/bot",
        Path("/srv/data"),
        10,
    )


def test_repr_never_shows_the_database_password():
    settings = load_settings(environ={"DATABASE_URL": "postgresql://bot:hunter2@db/bot"})
    assert "hunter2" not in repr(settings) and "database=postgresql" in repr(settings)


def test_the_test_only_fetch_setting_takes_loopback_addresses():
    assert load_settings(environ={"FETCH_ALLOW_ADDRESSES": "127.0.0.1"}).fetch_allow == {"127.0.0.1"}


@pytest.mark.parametrize("value", ["10.0.0.1", "169.254.169.254", "example.com"])
def test_the_test_only_fetch_setting_refuses_anything_but_loopback(value):
    with pytest.raises(SettingsError, match="FETCH_ALLOW_ADDRESSES"):
        load_settings(environ={"FETCH_ALLOW_ADDRESSES": value})
