"""People whose Arabic name opens with "Abu", "Umm", "Ibn" or "Bin" are shown and found under their
whole name in Discord ("Abu Omar al-Darwish", never "Omar al-Darwish")."""

from __future__ import annotations

import pytest

from tests.discord.test_e2e import run

MARKET = """Market reopens near the bridge

Fighters loyal to Abu Omar al-Darwish took control of the Kessel bridge on Monday.

"We will open the road to aid convoys within a week," Abu Omar al-Darwish said in a recorded message.

Ibn Sina Haddad, a trader, said prices had doubled. "Flour costs twice what it did," he said.
"""


@pytest.fixture
def market(tmp_path):
    path = tmp_path / "market-reopens.txt"
    path.write_text(MARKET, encoding="utf-8")
    return path


async def test_speakers_shows_the_whole_name_with_its_opening_part(fake, start_bot, market):
    await start_bot(market)
    description = (await run(fake, "speakers")).embed["description"]
    assert "**Abu Omar al-Darwish**" in description and "**Ibn Sina Haddad**" in description


async def test_quote_finds_a_speaker_by_the_kunya_as_typed(fake, start_bot, market):
    await start_bot(market)
    reply = await run(fake, "quote", speaker="Abu Omar")
    assert reply.embed["author"]["name"].startswith("Abu Omar al-Darwish")
    assert "aid convoys" in reply.embed["description"]
