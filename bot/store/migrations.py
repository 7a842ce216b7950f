"""Versioned schema migrations, applied in order at start-up, each recorded in schema_version.

Each step names its own tables (not the live schema.py), so old steps never change meaning.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.store.schema import schema_version

log = logging.getLogger(__name__)

# Any fixed number: PostgreSQL serialises concurrent migrations (two dynos starting) on it.
_ADVISORY_LOCK_KEY = 0x61727469636C65


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1_article_columns() -> list[sa.Column]:
    """The articles table's columns as version 1 made them (new objects each call: a column belongs to
    one table); version 2 rebuilds the table with the same ones."""
    return [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("server_id", sa.BigInteger, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("added_by", sa.String(64)),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _v1_articles(conn: Connection) -> None:
    meta = sa.MetaData()
    sa.Table(
        "articles",
        meta,
        *_v1_article_columns(),
        sa.Index("ix_articles_server", "server_id", "id"),
    )
    sa.Table(
        "server_settings",
        meta,
        sa.Column("server_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("default_article", sa.String(200)),
    )
    meta.create_all(conn, checkfirst=True)


def _v2_ids_never_reused(conn: Connection) -> None:
    """SQLite hands a removed newest article's id to the next one added unless the table says
    AUTOINCREMENT, so a button on an old reply about #2 would open another article. SQLite cannot
    alter a key, so the table is rebuilt; PostgreSQL's sequence never goes back, nothing to do."""
    if conn.dialect.name != "sqlite":
        return
    meta = sa.MetaData()
    rebuilt = sa.Table(
        "articles_v2",
        meta,
        *_v1_article_columns(),
        sqlite_autoincrement=True,
    )
    rebuilt.create(conn)
    columns = ", ".join(rebuilt.c.keys())
    conn.execute(sa.text(f"INSERT INTO articles_v2 ({columns}) SELECT {columns} FROM articles"))
    conn.execute(sa.text("DROP TABLE articles"))
    conn.execute(sa.text("ALTER TABLE articles_v2 RENAME TO articles"))
    conn.execute(sa.text("CREATE INDEX ix_articles_server ON articles (server_id, id)"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles and per-server default article", _v1_articles),
    Migration(2, "article ids never reused (SQLite AUTOINCREMENT)", _v2_ids_never_reused),
)


def current_version(conn: Connection) -> int:
    if not sa.inspect(conn).has_table(schema_version.name):
        return 0
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0


def migrate(conn: Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Apply every migration newer than the database, in one transaction; the version reached."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK_KEY})
    schema_version.create(conn, checkfirst=True)
    version = current_version(conn)
    newest = max(m.version for m in migrations)
    if version > newest:
        raise RuntimeError(f"The database has schema version {version}; this bot knows up to {newest}.")
    for migration in migrations:
        if migration.version <= version:
            continue
        log.info("store: migrating to version %d (%s)", migration.version, migration.description)
        migration.apply(conn)
        conn.execute(
            schema_version.insert().values(
                version=migration.version,
                description=migration.description,
                applied_at=datetime.now(timezone.utc),
            )
        )
        version = migration.version
    return version
