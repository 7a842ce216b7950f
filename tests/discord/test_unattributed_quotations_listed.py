"""/speakers on an article whose quotations name no speaker lists them, each with its paragraph, and
offers the read menu to open them (it said only "The article has 3 quotations, but it does not make
clear who said them", with no way to read them)."""

from __future__ import annotations

import pytest

from tests.discord.test_e2e import menu, open_paragraph, press, reply_message, run

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


# Twenty-four residents quoted, then a quotation no one is named for: /speakers takes two pages,
# the names on the first, the unclear quotation on the second.
_RESIDENTS = (
    "Ana Lima, Ben Ortiz, Cara Novak, Dev Patel, Eva Berg, Finn Hale, Gus Moreno, Hana Ito, Ivo Petrov, "
    "Jana Kral, Kai Tanaka, Lea Rossi, Milo Brandt, Nora Quist, Omar Haddad, Pia Lund, Raj Mehta, "
    "Sara Cole, Tom Reyes, Uma Das, Vic Holm, Wes Park, Yara Nasser, Zoe Marsh"
).split(", ")
MEETING = "\n\n".join(
    [
        "Residents speak on the ferry timetable",
        "Residents of Fernleigh met on Tuesday to discuss the new ferry timetable.",
        *(f"“The {n + 1} o'clock boat matters,” said {who}, a resident." for n, who in enumerate(_RESIDENTS)),
        "A banner on the pier read “Keep our ferry”.",
        "“Nobody asked us.”",
    ]
)


@pytest.fixture
def meeting(tmp_path):
    path = tmp_path / "ferry-meeting.txt"
    path.write_text(MEETING, encoding="utf-8")
    return path


async def test_each_speakers_page_offers_only_the_paragraphs_it_shows(fake, start_bot, meeting):
    await start_bot(meeting)
    reply = await run(fake, "speakers")
    assert reply.embed["footer"]["text"].endswith("page 1/2")
    assert "Nobody asked us" not in reply.embed["description"]
    assert not [c for row in reply.message.get("components", []) for c in row["components"] if c["type"] == 3]
    turned = await press(fake, reply_message(fake, reply), "Next")
    assert "> “Nobody asked us.” — ¶27" in turned.message["embeds"][0]["description"]
    assert [option["value"] for option in menu(turned.message)["options"]] == ["26", "27"]
    back = await press(fake, reply_message(fake, turned), "Previous")
    assert not [c for row in back.message.get("components", []) for c in row["components"] if c["type"] == 3]
