"""A speaker the article describes before "he" ("A former critic of the Senate, he has said ...") is
the person named before, in /speakers and /quote: never an unnamed "a former critic of the Senate"."""

from __future__ import annotations

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

SENATE = TEST_ARTICLES / "discord-senate-newcomer.txt"


async def test_speakers_names_the_described_person(fake, start_bot):
    await start_bot(SENATE)
    reply = await run(fake, "speakers")
    assert "**Osric Pellow**" in reply.embed["description"]
    assert "former critic" not in reply.embed["description"]


async def test_quote_of_the_named_person_holds_the_words_he_said(fake, start_bot):
    await start_bot(SENATE)
    reply = await run(fake, "quote", speaker="Pellow")
    assert not reply.ephemeral
    assert "I accepted for practical reasons" in reply.embed["description"]
