"""Commands arriving together on a server's stored article that no one has used since a restart read
it once: the first parses it, the others take that article (and the indexes it builds)."""

from __future__ import annotations

import asyncio
import time

from bot.catalog import Catalog, catalog
from bot.store import Store, database_url
from tests.conftest import BUNDLED
from tests.discord.fake_discord import USER_ID
from tests.discord.test_articles import add_file
from tests.discord.test_e2e import ANSWER_TIMEOUT


async def test_commands_arriving_together_after_a_restart_read_the_stored_article_once(
    fake, start_bot, tmp_path, monkeypatch
):
    url = database_url("", tmp_path)

    async def open_catalog(library, run_work):
        return Catalog(library, await Store.open(url), run=run_work)

    first = await start_bot(BUNDLED, open_catalog=open_catalog)
    await add_file(fake)
    await first.close()
    await start_bot(BUNDLED, open_catalog=open_catalog)  # a new process: nothing parsed yet
    parsed = []
    real = catalog._parsed

    def slow_parse(stored):  # a long article: the other commands arrive while it is read
        parsed.append(stored.id)
        time.sleep(0.3)
        return real(stored)

    monkeypatch.setattr(catalog, "_parsed", slow_parse)
    tokens = [await fake.slash("summary", user_id=USER_ID + n, article="library") for n in range(5)]
    replies = await asyncio.gather(*(fake.wait_answer(token, ANSWER_TIMEOUT) for token in tokens))
    assert all(any(call.message for call in calls) for calls in replies)
    assert len(parsed) == 1
