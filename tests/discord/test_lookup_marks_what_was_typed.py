"""A lookup's bold takes in the signs typed with a word ("R-Calif." was bold without its dot, "$3.6
billion" without its dollar sign), an amount typed with its currency sign is looked up whole
("£40,000" also listed the 000 of "12,000"), and a hyphened abbreviation's word no paragraph holds is
named as typed ("U.N.-backed", not “backed”)."""

from __future__ import annotations

from tests.discord.test_e2e import run

ARTICLE = (
    "Title: Pier vote delayed\n\n"
    "The vote on the pier was delayed on Monday, said Rep. Ada Quill, R-Calif., who chairs the panel.\n\n"
    "Repairs would cost about $3.6 billion over ten years, the harbour board estimated.\n\n"
    "The town withdrew its £40,000 grant last year, and a U.N. agency offered to help.\n\n"
    "About 12,000 people signed a petition for the pier.\n"
)


async def pier_bot(start_bot, tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text(ARTICLE)
    await start_bot(path)


async def test_an_abbreviation_typed_with_its_dot_is_bold_with_it(fake, start_bot, tmp_path):
    await pier_bot(start_bot, tmp_path)
    reply = await run(fake, "lookup", keyword="R-Calif.")
    assert "Ada Quill, **R-Calif.**, who chairs" in reply.embed["description"]


async def test_an_amount_typed_with_its_currency_sign_is_bold_with_it(fake, start_bot, tmp_path):
    await pier_bot(start_bot, tmp_path)
    reply = await run(fake, "lookup", keyword="$3.6 billion")
    assert "cost about **$3.6 billion** over" in reply.embed["description"]


async def test_an_amount_with_a_currency_sign_is_looked_up_whole(fake, start_bot, tmp_path):
    await pier_bot(start_bot, tmp_path)
    reply = await run(fake, "lookup", keyword="£40,000")
    description = reply.embed["description"]
    assert reply.embed["author"]["name"] == "“£40,000”: 1 of 1"
    assert "its **£40,000** grant" in description and "12,000" not in description


async def test_a_hyphened_abbreviations_missing_word_is_named_as_typed(fake, start_bot, tmp_path):
    await pier_bot(start_bot, tmp_path)
    reply = await run(fake, "lookup", keyword="U.N.-backed")
    description = reply.embed["description"]
    assert description.startswith("No paragraph mentions “U.N.-backed”; showing “U.N.”.")
    assert "a **U.N.** agency" in description
