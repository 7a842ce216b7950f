"""Every storage test runs twice: on SQLite and on a real PostgreSQL server the session starts.

On CI (CI set) a PostgreSQL that cannot start fails the run instead of skipping it.
"""

from __future__ import annotations

import itertools
import os

import psycopg
import pytest

from bot.store import Store, database_url
from tests.postgres_server import PostgresUnavailable, start_postgres

_database_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres():
    try:
        server = start_postgres()
    except PostgresUnavailable as error:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL unavailable: {error}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A fresh, empty database of each backend."""
    if request.param == "sqlite":
        return database_url("", tmp_path / "data")
    server = request.getfixturevalue("postgres")
    name = f"test_{next(_database_numbers)}"
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} STRATEGY file_copy")
    return database_url(server.database_url(name), tmp_path)


@pytest.fixture
async def store(store_url):
    opened = await Store.open(store_url)
    yield opened
    await opened.close()
