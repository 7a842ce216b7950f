"""With an article store, /help also says how a server's managers add an article (`/article add`,
linked by the group's id), except in a direct message, where Discord does not offer it."""

from __future__ import annotations

import pytest

from bot.catalog import Catalog
from bot.store import Store, database_url
from tests.conftest import BUNDLED
from tests.discord.test_e2e import run


@pytest.fixture
async def synced_store_bot(fake, start_bot, tmp_path):
    url = database_url("", tmp_path)

    async def open_catalog(library, run_work):
        return Catalog(library, await Store.open(url), run=run_work)

    await start_bot(BUNDLED, open_catalog=open_catalog, sync_on_start=True)
    return {c["name"]: c["id"] for c in next(iter(fake.commands.values()))}


async def test_help_links_article_add_where_the_server_can_add_articles(fake, synced_store_bot):
    description = (await run(fake, "help")).embed["description"]
    assert f"</article add:{synced_store_bot['article']}> *url | file*" in description
    assert "(Manage Server)" in description


async def test_help_in_a_direct_message_leaves_out_article_add(fake, synced_store_bot):
    description = (await run(fake, "help", guild_id=None)).embed["description"]
    assert "article add" not in description
    assert f"</articles:{synced_store_bot['articles']}>" in description
