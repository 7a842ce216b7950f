"""A double surname the article writes with a space ("Ana Lopez Garcia") is found when typed with a
hyphen ("Lopez-Garcia"), as people often write it."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

LIFEBOAT = TEST_ARTICLES / "discord-lifeboat-appeal.txt"


@pytest.mark.parametrize("typed", ["Lopez-Garcia", "Ana Lopez-Garcia", "lopez-garcia"])
async def test_quote_finds_a_double_surname_typed_with_a_hyphen(fake, start_bot, typed):
    await start_bot(LIFEBOAT)
    reply = await run(fake, "quote", speaker=typed)
    assert reply.embed["author"]["name"].startswith("Ana Lopez Garcia")
    assert "We never dreamed it would go so fast" in reply.embed["description"]


async def test_a_hyphen_joining_two_peoples_names_finds_no_one(fake, start_bot):
    await start_bot(LIFEBOAT)
    reply = await run(fake, "quote", speaker="Garcia-Tollmere")
    assert reply.ephemeral and "No one called" in reply.embed["description"]
