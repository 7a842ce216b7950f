"""Where several articles are loaded: a message to the bot asking for paragraphs by number is told how
a message can choose the article (it was told to use "the `article` option", which a message has
not); "@bot hi" gets the same help card as `/help` (it left out how to choose an article); an answer
about all the articles ("None of the 2 loaded articles mentions ...") links to none of them; `/quote`
finding no one among them points to `/speakers` with an article (alone it answers "choose one")."""

from __future__ import annotations

import pytest

from tests.discord.fake_discord import BOT_ID
from tests.discord.test_e2e import ANSWER_TIMEOUT, reply_message, run

PIER = (
    "Title: Pier vote delayed\nurl: https://news.example/pier\n\n"
    "The pier vote was delayed on Monday.\n\nThe council meets again in May.\n"
)
MILL = (
    "Title: Mill reopens\nurl: https://news.example/mill\n\n"
    "The old mill reopened on Friday.\n\nIts owner thanked the volunteers.\n"
)


@pytest.fixture
def two_stories(tmp_path):
    (tmp_path / "mill.txt").write_text(MILL)
    (tmp_path / "pier.txt").write_text(PIER)
    return tmp_path


async def message_reply(fake, content: str, **options) -> dict:
    message_id = await fake.say(content, **options)
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    return reply.body["embeds"][0]


async def test_paragraph_numbers_in_a_message_say_how_a_message_chooses(fake, start_bot, two_stories):
    await start_bot(two_stories)
    embed = await message_reply(fake, f"<@{BOT_ID}> /lookup ¶1 ¶2")
    text = embed["description"]
    assert text.startswith("2 articles are loaded, and a message cannot say which one")
    assert "reply to one of my answers" in text and "(type to search)" not in text


async def test_paragraph_numbers_in_a_reply_to_an_answer_read_its_article(fake, start_bot, two_stories):
    await start_bot(two_stories)
    answer = await run(fake, "summary", article="pier")
    embed = await message_reply(fake, f"<@{BOT_ID}> /lookup ¶1 ¶2", reply_to=reply_message(fake, answer))
    assert "The council meets again in May." in embed["description"]


async def test_hi_gets_the_same_help_card_as_the_help_command(fake, start_bot, two_stories):
    await start_bot(two_stories)
    embed = await message_reply(fake, f"<@{BOT_ID}> hi")
    card = (await run(fake, "help")).embed
    assert embed["title"] == card["title"] == "What I can answer about the articles"
    assert embed["description"] == card["description"]


async def test_an_answer_about_every_article_links_to_none(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "ask", question="What did Merkel say?")
    assert reply.embed["description"] == "None of the 2 loaded articles mentions Merkel."
    assert "url" not in reply.embed and "footer" not in reply.embed


async def test_no_quotes_among_articles_points_to_speakers_with_an_article(fake, start_bot, two_stories):
    await start_bot(two_stories)
    reply = await run(fake, "quote", speaker="Merkel")
    assert reply.embed["description"].endswith(
        "Try `/speakers` with the `article` option to see everyone quoted in an article."
    )
    assert (await run(fake, "speakers")).embed["description"].startswith("2 articles are loaded: choose one")
