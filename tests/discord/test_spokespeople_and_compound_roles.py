"""What a Discord user sees of an unnamed spokeswoman quoted in two sentences ("“We wrote twice.
Nobody replied,” she said.") and of a role written as one word ("harbourmaster"): the spokeswoman
is listed and quoted as such, never the woman named before her; /quote finds the harbourmaster."""

from __future__ import annotations

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

WEIR = TEST_ARTICLES / "discord-weir-repairs.txt"
SPOKESWOMAN = "a spokeswoman for the Lanthorn Trust"


async def test_speakers_lists_the_spokeswoman_quoted_in_two_sentences(fake, start_bot):
    await start_bot(WEIR)
    reply = await run(fake, "speakers")
    assert SPOKESWOMAN in reply.embed["description"]


async def test_the_council_leader_is_not_given_the_spokeswomans_words(fake, start_bot):
    await start_bot(WEIR)
    reply = await run(fake, "quote", speaker="Vanterpool")
    assert "Nobody replied" not in reply.embed["description"]
    assert "1 quote" in reply.embed["author"]["name"]


async def test_quote_finds_the_harbourmaster_by_his_role(fake, start_bot):
    await start_bot(WEIR)
    reply = await run(fake, "quote", speaker="harbourmaster")
    assert not reply.ephemeral
    assert reply.embed["author"]["name"].startswith("Idris Penhallow, harbourmaster")
