"""The article store, the same tests on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa

from bot.store import NewArticle, QuotaExceeded, Store, database_url, schema
from bot.store.migrations import MIGRATIONS, migrate

SERVER = 1_103_456_789_012_345_678  # a real-sized Discord snowflake
OTHER_SERVER = 2
TEXT = "Ferry crews walked out on Monday.\n\n“We will not sail,” said Ana Müller, the union’s chair."


def article(title: str = "Ferry strike", **changes) -> NewArticle:
    values = {
        "title": title,
        "source": "https://news.example/ferry",
        "text": TEXT,
        "metadata": {"author": "Jo Bloggs", "date": "2026-11-30"},
        "added_by": "42",
    }
    values.update(changes)
    return NewArticle(**values)


async def test_an_added_article_comes_back_with_its_text_and_metadata(store):
    added = await store.add(SERVER, article(), quota=50)
    got = await store.get(SERVER, added.id)
    assert (got.title, got.text, got.metadata, got.added_by) == (
        "Ferry strike",
        TEXT,
        {"author": "Jo Bloggs", "date": "2026-11-30"},
        "42",
    )


async def test_what_add_hands_back_is_the_article_as_stored(store):
    added = await store.add(SERVER, article(), quota=50)
    assert await store.get(SERVER, added.id) == added


async def test_added_at_is_a_utc_time(store):
    added = await store.add(SERVER, article(), quota=50)
    got = await store.get(SERVER, added.id)
    assert got.added_at.utcoffset().total_seconds() == 0


async def test_list_holds_the_servers_articles_oldest_first(store):
    first = await store.add(SERVER, article("One"), quota=50)
    second = await store.add(SERVER, article("Two"), quota=50)
    assert [(a.id, a.title) for a in await store.list(SERVER)] == [(first.id, "One"), (second.id, "Two")]


async def test_another_server_lists_none_of_them(store):
    await store.add(SERVER, article(), quota=50)
    assert await store.list(OTHER_SERVER) == []


async def test_another_server_cannot_get_an_article_by_its_id(store):
    added = await store.add(SERVER, article(), quota=50)
    assert await store.get(OTHER_SERVER, added.id) is None


async def test_another_server_cannot_remove_it(store):
    added = await store.add(SERVER, article(), quota=50)
    assert await store.remove(OTHER_SERVER, added.id) is False
    assert await store.get(SERVER, added.id) is not None


async def test_remove_deletes_the_article(store):
    added = await store.add(SERVER, article(), quota=50)
    assert await store.remove(SERVER, added.id) is True
    assert await store.get(SERVER, added.id) is None


async def test_a_removed_articles_id_is_never_given_to_the_next(store):
    await store.add(SERVER, article("One"), quota=50)
    newest = await store.add(SERVER, article("Two"), quota=50)
    await store.remove(SERVER, newest.id)
    added = await store.add(SERVER, article("Three"), quota=50)
    assert added.id > newest.id


async def test_removing_a_missing_article_says_so(store):
    assert await store.remove(SERVER, 999) is False


async def test_the_quota_refuses_an_article_past_the_limit_and_stores_nothing(store):
    for n in range(3):
        await store.add(SERVER, article(f"Story {n}"), quota=3)
    with pytest.raises(QuotaExceeded, match="already has 3 articles"):
        await store.add(SERVER, article("One too many"), quota=3)
    assert await store.count(SERVER) == 3


async def test_the_quota_counts_each_server_apart(store):
    await store.add(SERVER, article(), quota=1)
    assert (await store.add(OTHER_SERVER, article(), quota=1)).server_id == OTHER_SERVER


async def test_concurrent_adds_from_two_processes_never_pass_the_quota(store_url):
    stores = [await Store.open(store_url), await Store.open(store_url)]
    try:
        results = await asyncio.gather(
            *(stores[n % 2].add(SERVER, article(f"Story {n}"), quota=3) for n in range(8)),
            return_exceptions=True,
        )
        assert sum(isinstance(r, QuotaExceeded) for r in results) == 5
        assert await stores[0].count(SERVER) == 3
    finally:
        for opened in stores:
            await opened.close()


async def test_a_server_has_no_default_article_until_it_chooses_one(store):
    assert await store.default_article(SERVER) is None


async def test_the_default_article_is_kept_per_server(store):
    await store.set_default_article(SERVER, "blinken-beijing-visit")
    await store.set_default_article(SERVER, "17")
    assert (await store.default_article(SERVER), await store.default_article(OTHER_SERVER)) == ("17", None)


async def test_removing_the_default_article_clears_the_default(store):
    added = await store.add(SERVER, article(), quota=50)
    await store.set_default_article(SERVER, str(added.id))
    await store.remove(SERVER, added.id)
    assert await store.default_article(SERVER) is None


async def test_articles_survive_a_restart(store_url):
    first = await Store.open(store_url)
    added = await first.add(SERVER, article(), quota=50)
    await first.close()
    second = await Store.open(store_url)
    try:
        assert (await second.get(SERVER, added.id)).text == TEXT
    finally:
        await second.close()


async def test_an_article_added_by_one_process_is_seen_by_another_at_once(store_url):
    reader, writer = await Store.open(store_url), await Store.open(store_url)
    try:
        assert await reader.list(SERVER) == []
        added = await writer.add(SERVER, article(), quota=50)
        assert [a.id for a in await reader.list(SERVER)] == [added.id]
    finally:
        await reader.close()
        await writer.close()


async def test_reopening_applies_each_migration_once(store_url):
    for _ in range(2):
        opened = await Store.open(store_url)
        await opened.close()
    opened = await Store.open(store_url)
    try:
        async with opened._engine.connect() as conn:
            versions = (await conn.execute(sa.text("SELECT version FROM schema_version"))).scalars().all()
    finally:
        await opened.close()
    assert versions == [1, 2]


async def test_the_migrated_tables_have_the_columns_the_queries_use(store_url):
    # migrations.py writes its own copy of each table, so that an old step never changes meaning;
    # this keeps that copy and schema.py, which every query uses, from drifting apart.
    opened = await Store.open(store_url)
    try:
        async with opened._engine.connect() as conn:
            migrated = await conn.run_sync(_columns_in_database)
    finally:
        await opened.close()
    assert migrated == {
        name: [(column.name, column.nullable) for column in table.columns]
        for name, table in schema.metadata.tables.items()
    }


def _columns_in_database(conn: sa.Connection) -> dict[str, list[tuple[str, bool]]]:
    inspector = sa.inspect(conn)
    return {
        name: [(column["name"], column["nullable"]) for column in inspector.get_columns(name)]
        for name in schema.metadata.tables
    }


async def test_three_megabytes_of_text_round_trip(store):
    text = ("Ein Absatz über die Fähre — “quoted” 🚢.\n\n" * 70_000)[: 3 * 1024 * 1024]
    added = await store.add(SERVER, article(text=text), quota=50)
    assert (await store.get(SERVER, added.id)).text == text


async def test_a_version_one_sqlite_database_keeps_its_articles_and_stops_reusing_ids(tmp_path):
    url = database_url("", tmp_path)
    old = sa.create_engine(url.replace("+aiosqlite", ""))
    with old.begin() as conn:
        migrate(conn, MIGRATIONS[:1])
        conn.execute(
            sa.text(
                "INSERT INTO articles (id, server_id, title, source, text, meta, added_at) "
                "VALUES (1, :server, 'One', 'one.txt', 'Text.', '{}', '2026-01-01 00:00:00'),"
                " (2, :server, 'Two', 'two.txt', 'Text.', '{}', '2026-01-01 00:00:00')"
            ),
            {"server": SERVER},
        )
    old.dispose()
    store = await Store.open(url)
    try:
        assert [a.title for a in await store.list(SERVER)] == ["One", "Two"]
        await store.remove(SERVER, 2)
        assert (await store.add(SERVER, article("Three"), quota=50)).id == 3
    finally:
        await store.close()
