"""A catalog over the bundled article and a fresh SQLite store, and the local news site."""

from __future__ import annotations

import pytest

from bot.catalog import Catalog
from bot.core.article import Library
from bot.store import Store, database_url
from tests.conftest import BUNDLED, TEST_ARTICLES
from tests.news_site import impatient_policy, news_site, test_policy

__all__ = ["impatient_policy", "news_site", "test_policy"]


@pytest.fixture
async def store(tmp_path):
    opened = await Store.open(database_url("", tmp_path))
    yield opened
    await opened.close()


@pytest.fixture
def library() -> Library:
    return Library([BUNDLED, TEST_ARTICLES / "discord-harbour-reopening.txt"])


@pytest.fixture
def catalog(library, store, test_policy) -> Catalog:
    return Catalog(library, store, quota=3, fetch_policy=test_policy, cache_size=2)
