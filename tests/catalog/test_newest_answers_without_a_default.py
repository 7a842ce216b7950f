"""With no default chosen, a server's commands answer about the newest article it added; with none added,
the library decides (the only article, or "choose one")."""

from __future__ import annotations

import pytest

from bot.core.errors import ArticleNotFound
from tests.catalog.test_catalog import OTHER, SERVER, VOTE_TEXT

FERRY = b"Title: Ferry service returns\n\nThe ferry sailed again on Monday after a long winter.\n"


async def test_the_newest_added_article_is_the_servers_default(catalog):
    await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    newest = await catalog.add_file(SERVER, "ferry.txt", FERRY)
    assert (await catalog.resolve(SERVER)).id == str(newest.id)
    assert await catalog.default_entry(SERVER) == (await _entry(catalog, newest.id), False)


async def test_a_removed_newest_article_hands_over_to_the_one_before(catalog):
    first = await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    newest = await catalog.add_file(SERVER, "ferry.txt", FERRY)
    await catalog.remove(SERVER, str(newest.id))
    assert (await catalog.resolve(SERVER)).id == str(first.id)


async def test_a_server_with_no_article_of_its_own_still_chooses_among_the_bundled(catalog):
    await catalog.add_file(SERVER, "vote.txt", VOTE_TEXT)
    with pytest.raises(ArticleNotFound, match="choose one"):
        await catalog.resolve(OTHER)
    assert await catalog.default_entry(OTHER) == (None, False)


async def _entry(catalog, article_id):
    return next(e for e in await catalog.entries(SERVER) if e.stored and e.ref == str(article_id))
