"""End to end in Discord: an answer from the dateline quotes the paragraph it opened, the dateline in
bold, and names its source "dateline, ¶N"."""

from __future__ import annotations

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

WIRE = TEST_ARTICLES / "ask_wire_dateline.txt"


async def test_a_dateline_answer_shows_the_dateline_bold_in_its_paragraph_and_names_it(fake, start_bot):
    await start_bot(WIRE)
    reply = await run(fake, "ask", question="What news agency reported this?")
    description = reply.embed["description"]
    assert not reply.ephemeral
    assert description.startswith("> **PORTLAND, Maine (AP)** — A former harbour master")
    assert description.endswith("— dateline, ¶2")


async def test_a_headline_answer_names_the_headline_as_its_source(fake, start_bot):
    await start_bot(WIRE)
    reply = await run(fake, "ask", question="What is the headline?")
    assert "Jury hears opening statements" in reply.embed["description"]
    assert reply.embed["description"].endswith("— headline")


async def test_a_headline_answer_offers_no_paragraph_to_open(fake, start_bot):
    await start_bot(WIRE)
    reply = await run(fake, "ask", question="What is the headline?")
    assert not [c for row in reply.message.get("components", []) for c in row["components"] if c["type"] == 3]
