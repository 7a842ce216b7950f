"""The tables as the current schema version has them (migrations.py builds them).

Server ids are Discord snowflakes (64-bit); server 0 holds what the CLI adds without --server.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("server_id", sa.BigInteger, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("meta", sa.JSON, nullable=False),
    sa.Column("added_by", sa.String(64)),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    # A removed article's id is never handed out again (SQLite reuses the highest one otherwise).
    sqlite_autoincrement=True,
)

server_settings = sa.Table(
    "server_settings",
    metadata,
    sa.Column("server_id", sa.BigInteger, primary_key=True, autoincrement=False),
    # A bundled article's id or a stored article's id as text; None: the bot's default.
    sa.Column("default_article", sa.String(200)),
)

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)
