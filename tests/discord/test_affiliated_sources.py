"""A spokesman quoted as "he" after the sentence naming the body he speaks for is found in Discord
by that body's name, and /speakers says whose spokesman he is."""

from __future__ import annotations

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

TRUST = TEST_ARTICLES / "discord-quay-fees-trust.txt"


async def test_quote_of_a_body_finds_its_spokesman(fake, start_bot):
    await start_bot(TRUST)
    reply = await run(fake, "quote", speaker="Harbour Trust")
    assert reply.embed["author"]["name"].startswith("a spokesman for the Harbour Trust")
    assert "We learned about this from the local paper" in reply.embed["description"]


async def test_speakers_says_whose_spokesman_is_quoted(fake, start_bot):
    await start_bot(TRUST)
    description = (await run(fake, "speakers")).embed["description"]
    assert "**a spokesman for the Harbour Trust**" in description
