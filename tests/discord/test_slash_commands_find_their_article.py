"""/ask, /quote and /lookup naming no article, where several are loaded and none is chosen, answer from
the article the question, name or keyword is about, as a mention does, and the footer names it: they answered
"2 articles are loaded: choose one" while "@bot who is Osric Pellow?" answered from the Senate story.
A question no article answers is about the first; the `article` option, when given, is kept."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_ARTICLES
from tests.discord.test_e2e import run

FIRST, SECOND = "a-weir-repairs", "b-senate-newcomer"


@pytest.fixture
def two_stories(tmp_path):
    for name, source in ((FIRST, "discord-weir-repairs"), (SECOND, "discord-senate-newcomer")):
        (tmp_path / f"{name}.txt").write_bytes((TEST_ARTICLES / f"{source}.txt").read_bytes())
    return tmp_path


async def test_ask_naming_no_article_answers_from_the_one_naming_the_person(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "ask", question="Who is Osric Pellow?")
    assert not reply.ephemeral
    assert reply.embed["footer"]["text"] == SECOND
    assert "former mayor" in reply.embed["description"].lower()


async def test_quote_naming_no_article_answers_from_the_one_quoting_the_person(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "quote", speaker="Pellow")
    assert reply.embed["footer"]["text"] == SECOND
    assert "I accepted for practical reasons" in reply.embed["description"]


async def test_ask_no_article_answers_is_about_the_first(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "ask", question="Who is Ingmar Quist?")
    assert "footer" not in reply.embed  # about every article asked, not the first alone
    # Every loaded article was asked: "the article" would mean one of them.
    assert reply.embed["description"] == "None of the 2 loaded articles mentions Ingmar Quist."


async def test_the_article_option_still_chooses_the_article(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "ask", question="Who is Osric Pellow?", article=FIRST)
    assert reply.embed["footer"]["text"] == FIRST
    assert reply.embed["description"] == "The article doesn't mention Osric Pellow."


async def test_other_commands_naming_no_article_still_ask_for_one(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "summary")
    assert reply.ephemeral
    assert "2 articles are loaded: choose one" in reply.embed["description"]


async def test_speaker_suggestions_name_the_article_quoting_them(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "quote", focused="speaker", speaker="Pel")
    (choice,) = reply.first["data"]["choices"]
    assert choice["value"] == "Osric Pellow"
    assert choice["name"].endswith(f"quotes · {SECOND}")


async def test_quote_of_a_name_no_article_holds_speaks_of_every_article(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "quote", speaker="Merkel")
    assert reply.ephemeral
    description = reply.embed["description"]
    assert description.startswith("No one called “Merkel” is named in any of the 2 loaded articles.")
    assert "this article" not in description  # nor "Quoted in this article:" of one of them
    assert "footer" not in reply.embed  # nor one article's name under it


async def test_quote_of_a_person_named_but_never_quoted_says_so(fake, start_bot, tmp_path):
    (tmp_path / "a.txt").write_text('Title: Seat\n\n"I am ready," said former mayor Osric Pellow.\n')
    (tmp_path / "b.txt").write_text("Title: Quay\n\nHarbourmaster Idris Penhallow opened the quay today.\n")
    await start_bot(tmp_path)
    reply = await run(fake, "quote", speaker="Idris Penhallow")
    assert reply.embed["footer"]["text"] == "b"  # which article "is named in the article" means
    assert "Idris Penhallow" in reply.embed["description"] and "never quoted" in reply.embed["description"]


async def test_lookup_naming_no_article_answers_from_the_one_holding_the_word(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "lookup", keyword="Pellow")
    assert reply.embed["footer"]["text"] == SECOND
    assert "**Pellow**" in reply.embed["description"]


async def test_lookup_of_a_word_no_article_holds_speaks_of_every_article(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "lookup", keyword="pizza")
    assert reply.ephemeral
    assert reply.embed["description"] == (
        "Nothing in the 2 loaded articles matches “pizza”. Try a shorter or different word."
    )


async def test_lookup_of_a_paragraph_naming_no_article_asks_which(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "lookup", keyword="¶2")
    assert reply.ephemeral and "choose one with the `article` option" in reply.embed["description"]
