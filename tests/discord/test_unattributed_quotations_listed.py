"""/speakers on an article whose quotations name no speaker lists them, each with its paragraph, and
offers the read menu to open them (it said only "The article has 3 quotations, but it does not make
clear who said them", with no way to read them)."""

from __future__ import annotations

import pytest

from tests.discord.test_e2e import menu, open_paragraph, reply_message, run

LIDO = """Lido closure row

The lido at Fernleigh will close in May, the council has decided.

"It is the end of an era."

By noon a banner on the gates read "Save our lido", and a petition had 4,000 names.

"We will be back next summer."
"""


@pytest.fixture
def lido(tmp_path):
    path = tmp_path / "lido-closure-row.txt"
    path.write_text(LIDO, encoding="utf-8")
    return path


async def test_speakers_lists_each_quotation_with_no_speaker_and_its_paragraph(fake, start_bot, lido):
    await start_bot(lido)
    description = (await run(fake, "speakers")).embed["description"]
    assert "> “It is the end of an era.” — ¶2" in description
    assert "> “We will be back next summer.” — ¶4" in description


async def test_speakers_offers_the_paragraphs_of_quotations_with_no_speaker_to_open(fake, start_bot, lido):
    await start_bot(lido)
    reply = await run(fake, "speakers")
    assert [option["value"] for option in menu(reply.message)["options"]] == ["2", "3", "4"]
    opened = await open_paragraph(fake, reply_message(fake, reply), "4")
    assert opened.embed["description"] == '"We will be back next summer."'
