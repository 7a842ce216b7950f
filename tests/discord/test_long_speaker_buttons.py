"""A speaker button whose name and article would pass Discord's 100-character custom_id (a long
label such as "a spokesman for the Tollmere and District Harbour Preservation Trust") is still
offered, and pressing it quotes that speaker."""

from __future__ import annotations

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import buttons, press, reply_message, run

FEES = TEST_ARTICLES / "discord-harbour-fees-row-deepens-over-quay.txt"
TRUST = "a spokesman for the Tollmere and District Harbour Preservation Trust"


async def test_every_speaker_who_fits_is_a_button_however_long_the_name(fake, start_bot):
    await start_bot(FEES)
    reply = await run(fake, "quote", speaker="spokesman")
    assert set(buttons(reply.message)) == {TRUST, "a spokesman for Tollmere Council"}
    assert all(len(button["custom_id"]) <= 100 for button in buttons(reply.message).values())


async def test_pressing_the_button_of_a_long_name_quotes_that_speaker(fake, start_bot):
    await start_bot(FEES)
    reply = await run(fake, "quote", speaker="spokesman")
    picked = await press(fake, reply_message(fake, reply), TRUST)
    assert picked.embed["author"]["name"].startswith(TRUST)
    assert "We learned about this from the local paper" in picked.embed["description"]
