"""People whose surname joins a lower-case particle ("al-Nouri", "ben-Dror") are quoted by name in
Discord: /quote finds their words, /speakers lists them and /ask says who they are."""

from __future__ import annotations

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

CROSSING = TEST_ARTICLES / "discord-crossing-talks.txt"


async def test_quote_finds_a_speaker_by_a_surname_with_a_joined_particle(fake, start_bot):
    await start_bot(CROSSING)
    reply = await run(fake, "quote", speaker="al-Nouri")
    assert reply.embed["author"]["name"].startswith("Maher al-Nouri")
    assert "We will not sign under threat" in reply.embed["description"]


async def test_speakers_lists_each_person_named_with_a_joined_particle(fake, start_bot):
    await start_bot(CROSSING)
    description = (await run(fake, "speakers")).embed["description"]
    assert "**Maher al-Nouri**" in description and "**Aaliyah ben-Dror**" in description


async def test_ask_who_someone_named_with_a_joined_particle_is_answers_their_role(fake, start_bot):
    await start_bot(CROSSING)
    reply = await run(fake, "ask", question="Who is Maher al-Nouri?")
    assert reply.embed["description"].startswith("**Maher al-Nouri is the transport minister.**")
