"""DATABASE_URL -> the URL the store opens, and what happens with a bad or unreachable one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.store import Store, StoreError, database_url

DATA = Path("/srv/bot/data")


def test_no_url_means_a_sqlite_file_under_the_data_folder():
    assert database_url("", DATA) == "sqlite+aiosqlite:////srv/bot/data/articles.db"


def test_a_postgresql_url_uses_psycopg():
    assert database_url("postgresql://u:p@db:5432/bot", DATA) == "postgresql+psycopg://u:p@db:5432/bot"


def test_the_old_postgres_scheme_of_paas_add_ons_is_accepted():
    assert database_url("postgres://u:p@db/bot", DATA) == "postgresql+psycopg://u:p@db/bot"


def test_a_sqlite_url_uses_aiosqlite():
    assert database_url("sqlite:///tmp/x.db", DATA) == "sqlite+aiosqlite:///tmp/x.db"


def test_any_other_scheme_is_refused_with_the_remedy():
    with pytest.raises(StoreError, match="DATABASE_URL must start with postgresql://"):
        database_url("mysql://u@db/bot", DATA)


async def test_the_sqlite_file_and_its_folder_are_created_on_first_use(tmp_path):
    store = await Store.open(database_url("", tmp_path / "new" / "data"))
    await store.close()
    assert (tmp_path / "new" / "data" / "articles.db").is_file()


async def test_an_unreachable_database_is_a_store_error_naming_the_setting(unused_tcp_port):
    url = database_url(f"postgresql://nobody@127.0.0.1:{unused_tcp_port}/none?connect_timeout=2", DATA)
    with pytest.raises(StoreError, match="Check DATABASE_URL"):
        await Store.open(url)
