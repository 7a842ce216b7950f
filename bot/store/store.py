"""The article store: add, list, get and remove a server's articles, and its default article.

Async throughout (SQLAlchemy 2 Core on aiosqlite or psycopg 3), so the bot's event loop never
waits on the database. Every query is scoped by server id: no server reads another's rows.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot.store.errors import QuotaExceeded, StoreError
from bot.store.migrations import migrate
from bot.store.models import ArticleListing, NewArticle, StoredArticle
from bot.store.schema import articles, server_settings
from bot.store.url import is_sqlite, sqlite_path

log = logging.getLogger(__name__)

# How long SQLite waits for another process's write (the CLI beside the bot) before failing.
SQLITE_BUSY_TIMEOUT_MS = 5000
_LISTING_COLUMNS = (
    articles.c.id,
    articles.c.server_id,
    articles.c.title,
    articles.c.source,
    articles.c.added_by,
    articles.c.added_at,
)


class Store:
    """One database of stored articles; open with `await Store.open(url)`, then `await close()`."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    @classmethod
    async def open(cls, url: str) -> Store:
        """Connect to `url` (from `database_url`), creating the SQLite file and schema on first use."""
        if is_sqlite(url):
            path = sqlite_path(url)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, pool_pre_ping=not is_sqlite(url))
        if is_sqlite(url):
            _serialise_sqlite_writes(engine)
        store = cls(engine)
        try:
            async with engine.begin() as conn:
                version = await conn.run_sync(migrate)
        except (SQLAlchemyError, OSError) as error:
            await engine.dispose()
            log.error("store: cannot open the database: %s", error)
            raise StoreError(
                f"The article database cannot be opened ({type(error).__name__}). Check DATABASE_URL."
            ) from error
        log.debug("store: %s database at schema version %d", engine.dialect.name, version)
        return store

    @property
    def backend(self) -> str:
        return self._engine.dialect.name

    async def close(self) -> None:
        await self._engine.dispose()

    async def add(self, server_id: int, article: NewArticle, quota: int) -> StoredArticle:
        """Store `article` for `server_id`, unless the server already holds `quota` articles."""
        added_at = datetime.now(timezone.utc)
        async with self._engine.begin() as conn:
            await self._lock_server(conn, server_id)
            count = await conn.scalar(_count_query(server_id))
            if count >= quota:
                raise QuotaExceeded(
                    f"This server already has {count} articles, the limit; remove one before adding another."
                )
            values = _new_row(server_id, article, added_at)
            row = await conn.execute(articles.insert().values(values).returning(articles.c.id))
            new_id = row.scalar_one()
        # What the database now holds, read back from the row as written: the fields are listed once.
        return _row_article({"id": new_id, **values})

    async def list(self, server_id: int) -> list[ArticleListing]:
        """The server's articles without their text, oldest first."""
        query = sa.select(*_LISTING_COLUMNS).where(articles.c.server_id == server_id).order_by(articles.c.id)
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [_listing(row) for row in rows]

    async def get(self, server_id: int, article_id: int) -> StoredArticle | None:
        """The server's article `article_id` with its text; None if this server has no such article."""
        query = sa.select(articles).where(*_one_article(server_id, article_id))
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        if row is None:
            return None
        return _row_article(row._mapping)

    async def remove(self, server_id: int, article_id: int) -> bool:
        """Delete the server's article; clear the default if it was this one. False if there was none."""
        async with self._engine.begin() as conn:
            deleted = await conn.execute(articles.delete().where(*_one_article(server_id, article_id)))
            if deleted.rowcount:
                await conn.execute(
                    server_settings.update()
                    .where(
                        server_settings.c.server_id == server_id,
                        server_settings.c.default_article == str(article_id),
                    )
                    .values(default_article=None)
                )
        return bool(deleted.rowcount)

    async def count(self, server_id: int) -> int:
        async with self._engine.connect() as conn:
            return int(await conn.scalar(_count_query(server_id)) or 0)

    async def default_article(self, server_id: int) -> str | None:
        """The reference the server chose with `use` (a bundled id or a stored id as text), if any."""
        query = sa.select(server_settings.c.default_article).where(server_settings.c.server_id == server_id)
        async with self._engine.connect() as conn:
            return await conn.scalar(query)

    async def set_default_article(self, server_id: int, ref: str | None) -> None:
        async with self._engine.begin() as conn:
            updated = await conn.execute(
                server_settings.update()
                .where(server_settings.c.server_id == server_id)
                .values(default_article=ref)
            )
            if not updated.rowcount:
                await conn.execute(server_settings.insert().values(server_id=server_id, default_article=ref))

    async def _lock_server(self, conn: AsyncConnection, server_id: int) -> None:
        """Serialise adds of one server across processes, so two adds cannot both pass the quota."""
        if self.backend == "postgresql":
            await conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": server_id})
        # SQLite: every transaction begins IMMEDIATE (see _serialise_sqlite_writes).


def _serialise_sqlite_writes(engine: AsyncEngine) -> None:
    """WAL (readers never wait for the writer), a busy timeout, and BEGIN IMMEDIATE transactions.

    pysqlite's own transaction handling defers BEGIN past the first read, so a count-then-insert
    could interleave with another process; taking the write lock at BEGIN makes it atomic.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _count_query(server_id: int) -> sa.Select:
    """How many articles the server holds (the quota's measure)."""
    return sa.select(sa.func.count()).select_from(articles).where(articles.c.server_id == server_id)


def _one_article(server_id: int, article_id: int) -> tuple[sa.ColumnElement[bool], ...]:
    # Scoped by server too: one server's id never opens or removes another's article.
    return (articles.c.server_id == server_id, articles.c.id == article_id)


def _new_row(server_id: int, article: NewArticle, added_at: datetime) -> dict:
    """The columns of a new article's row: all but the id the database gives it."""
    return {
        "server_id": server_id,
        "title": article.title,
        "source": article.source,
        "text": article.text,
        "meta": dict(article.metadata),
        "added_by": article.added_by,
        "added_at": added_at,
    }


def _row_article(row: Mapping) -> StoredArticle:
    """A stored article from its row's columns (a row read, or the values `add` just wrote)."""
    return StoredArticle(
        id=row["id"],
        server_id=row["server_id"],
        title=row["title"],
        source=row["source"],
        text=row["text"],
        metadata=dict(row["meta"] or {}),
        added_by=row["added_by"],
        added_at=_utc(row["added_at"]),
    )


def _listing(row) -> ArticleListing:
    return ArticleListing(
        id=row.id,
        server_id=row.server_id,
        title=row.title,
        source=row.source,
        added_by=row.added_by,
        added_at=_utc(row.added_at),
    )


def _utc(moment: datetime) -> datetime:
    # SQLite keeps no time zone; every time the store writes is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
