"""DATABASE_URL -> the SQLAlchemy async URL: SQLite (aiosqlite) by default, PostgreSQL (psycopg 3).

Pure: no connection is made here, so a bad URL is reported before anything starts.
"""

from __future__ import annotations

from pathlib import Path

from bot.store.errors import StoreError

SQLITE_FILE_NAME = "articles.db"
# PaaS add-ons still hand out `postgres://`, which SQLAlchemy no longer accepts as a name.
_POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
_SQLITE_SCHEMES = ("sqlite:///", "sqlite+aiosqlite:///")


def database_url(value: str | None, data_dir: Path) -> str:
    """The async URL for `value`; empty means a SQLite file under `data_dir`."""
    value = (value or "").strip()
    if not value:
        return f"sqlite+aiosqlite:///{data_dir / SQLITE_FILE_NAME}"
    for scheme in _POSTGRES_SCHEMES:
        if value.startswith(scheme):
            return "postgresql+psycopg://" + value[len(scheme) :]
    for scheme in _SQLITE_SCHEMES:
        if value.startswith(scheme):
            return "sqlite+aiosqlite:///" + value[len(scheme) :]
    raise StoreError(
        "DATABASE_URL must start with postgresql:// or sqlite:///, or be empty for a SQLite file "
        f"under {data_dir}."
    )


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for an in-memory database)."""
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return Path(path) if path and path != ":memory:" else None
