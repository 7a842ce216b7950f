"""/lookup of a word only the headline holds says so in Discord, where the headline is the reply's
title and "Nothing in the article matches" would read as a mistake."""

from __future__ import annotations

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

TRUST = TEST_ARTICLES / "discord-quay-fees-trust.txt"  # "Quay fees row reaches the trust"


async def test_lookup_of_a_headline_only_word_says_only_the_headline_mentions_it(fake, start_bot):
    await start_bot(TRUST)
    reply = await run(fake, "lookup", keyword="row")
    assert reply.ephemeral
    assert reply.embed["description"].startswith("Only the headline mentions “row”")
    assert "Nothing in the article matches" not in reply.embed["description"]
