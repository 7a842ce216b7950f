"""A whole quotation and a partial one in one sentence ('“A,” a board member said, adding that they
had come to “mutual agreement.”') are that sentence shown once, both quoted parts in bold: the reply
showed the whole quotation, then the same sentence again for the partial one."""

from __future__ import annotations

from tests.discord.test_e2e import run

ROW = """Title: Harbour board settles the ferry row

The harbour board and the ferry company settled their row on Monday.

"It wasn't so much time for them, as it was time for the town," one board member said, adding that \
Ana Ruiz and Tom Hale had been discussing the fares for some time and had come to "mutual agreement."
"""


async def test_a_sentence_with_a_whole_and_a_partial_quotation_is_shown_once(fake, start_bot, tmp_path):
    path = tmp_path / "ferry-row.txt"
    path.write_text(ROW, encoding="utf-8")
    await start_bot(path)
    reply = await run(fake, "quote", speaker="board member")
    assert reply.embed["author"]["name"].endswith("2 quotes in 1 passage")
    description = reply.embed["description"]
    assert description.count("time for the town") == 1
    assert '"**It wasn\'t so much time for them, as it was time for the town**,"' in description
    assert '"**mutual agreement.**"' in description
