"""Settings, read once from the environment and `.env` (python-dotenv; the environment wins).

Every variable is documented in `.env.example`; nothing else in the bot reads os.environ.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE_PATH = PROJECT_ROOT / "seeds"
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_ARTICLE_QUOTA = 50
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """A setting has a value the bot cannot use; the message names it and the fix."""


@dataclass(frozen=True)
class Settings:
    token: str | None
    article_path: Path
    guild_id: int | None
    log_level: str
    sync_commands: bool
    shard_count: int | None
    # Testing only: the base URL of a local stand-in for Discord's REST API (tests/discord).
    api_base: str | None = None
    # The article store: empty means a SQLite file under data_dir. May hold a password.
    database_url: str | None = None
    data_dir: Path = DEFAULT_DATA_DIR
    article_quota: int = DEFAULT_ARTICLE_QUOTA
    # Testing only: loopback addresses the link fetcher may reach (a local test site).
    fetch_allow: frozenset[str] = field(default_factory=frozenset)

    def __repr__(self) -> str:
        # Never let the token reach a log line or a traceback.
        token = "set" if self.token else "missing"
        return (
            f"Settings(token={token}, article_path={str(self.article_path)!r}, "
            f"guild_id={self.guild_id}, log_level={self.log_level!r}, "
            f"sync_commands={self.sync_commands}, shard_count={self.shard_count}, "
            f"api_base={self.api_base!r}, "
            f"database={self.database_kind}, data_dir={str(self.data_dir)!r}, "
            f"article_quota={self.article_quota}, fetch_allow={sorted(self.fetch_allow)})"
        )

    @property
    def database_kind(self) -> str:
        """The backend without the URL, which may hold a password."""
        return (self.database_url or "sqlite").split(":", 1)[0]


def load_settings(env_file: str | Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Read settings; `.env` fills only what the real environment leaves unset."""
    if environ is None:
        load_dotenv(env_file or Path.cwd() / ".env", override=False)
        environ = dict(os.environ)
    token = (environ.get("DISCORD_TOKEN") or "").strip() or None
    return Settings(
        token=token,
        article_path=Path(environ.get("ARTICLE_PATH") or DEFAULT_ARTICLE_PATH).expanduser(),
        guild_id=_optional_int(environ, "DISCORD_GUILD_ID"),
        log_level=_log_level(environ.get("LOG_LEVEL") or "INFO"),
        sync_commands=_flag(environ.get("SYNC_COMMANDS")),
        shard_count=_optional_int(environ, "SHARD_COUNT"),
        api_base=(environ.get("DISCORD_API_BASE") or "").strip().rstrip("/") or None,
        database_url=(environ.get("DATABASE_URL") or "").strip() or None,
        data_dir=Path(environ.get("DATA_DIR") or DEFAULT_DATA_DIR).expanduser(),
        article_quota=_optional_int(environ, "ARTICLE_QUOTA") or DEFAULT_ARTICLE_QUOTA,
        fetch_allow=_loopback_addresses(environ.get("FETCH_ALLOW_ADDRESSES")),
    )


def _optional_int(environ: dict[str, str], name: str) -> int | None:
    value = (environ.get(name) or "").strip()
    if not value:
        return None
    if not value.isdecimal() or int(value) == 0:  # isdigit() accepts "²", which int() refuses
        raise SettingsError(f"{name} must be a positive whole number, not {value!r}.")
    return int(value)


def _loopback_addresses(value: str | None) -> frozenset[str]:
    """FETCH_ALLOW_ADDRESSES: a test-only escape for the fetcher, so it may name loopback only."""
    allowed = set()
    for item in (value or "").replace(",", " ").split():
        try:
            address = ipaddress.ip_address(item)
        except ValueError:
            address = None
        if address is None or not address.is_loopback:
            raise SettingsError(
                f"FETCH_ALLOW_ADDRESSES is for tests and takes loopback addresses only, not {item!r}."
            )
        allowed.add(str(address))
    return frozenset(allowed)


def _log_level(value: str) -> str:
    level = value.strip().upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {value!r}.")
    return level


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")
