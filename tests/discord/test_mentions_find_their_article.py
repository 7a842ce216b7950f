"""A mention asking about someone, where several articles are loaded and none is chosen, is answered
from the article that names them: "how old is Pellow?" from the Senate story, not "The article
doesn't mention Pellow." about whichever article sorts first. A question no article answers is
still answered about the first, and an article chosen (a reply to an answer) is kept."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_ARTICLES
from tests.discord.fake_discord import BOT_ID
from tests.discord.test_e2e import ANSWER_TIMEOUT, reply_message, run

FIRST, SECOND = "a-weir-repairs", "b-senate-newcomer"


@pytest.fixture
def two_stories(tmp_path):
    for name, source in ((FIRST, "discord-weir-repairs"), (SECOND, "discord-senate-newcomer")):
        (tmp_path / f"{name}.txt").write_bytes((TEST_ARTICLES / f"{source}.txt").read_bytes())
    return tmp_path


async def mention(fake, content: str, **options) -> dict:
    message_id = await fake.say(content, **options)
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    return reply.body["embeds"][0]


async def test_a_mention_is_answered_from_the_article_naming_the_person(fake, start_bot, two_stories):
    await start_bot(two_stories)
    embed = await mention(fake, f"<@{BOT_ID}> who is Osric Pellow?")
    assert embed["footer"]["text"] == SECOND
    assert "former mayor" in embed["description"].lower()


async def test_a_direct_message_is_answered_from_the_article_naming_the_person(fake, start_bot, two_stories):
    await start_bot(two_stories)
    embed = await mention(fake, "what did Pellow say?", dm=True, mentions_bot=False)
    assert embed["footer"]["text"] == SECOND


async def test_a_mention_no_article_answers_is_about_the_first(fake, start_bot, two_stories):
    await start_bot(two_stories)
    embed = await mention(fake, f"<@{BOT_ID}> who is Ingmar Quist?")
    assert "footer" not in embed  # about every article asked, not the first alone
    # Every loaded article was asked: "the article" would mean one of them.
    assert embed["description"] == "None of the 2 loaded articles mentions Ingmar Quist."


async def test_a_reply_to_an_answer_stays_with_its_article(fake, start_bot, two_stories):
    await start_bot(two_stories)
    answer = await run(fake, "summary", article=FIRST)
    embed = await mention(fake, f"<@{BOT_ID}> who is Osric Pellow?", reply_to=reply_message(fake, answer))
    assert embed["footer"]["text"] == FIRST


async def test_a_typed_quote_is_answered_from_the_article_quoting_the_person(fake, start_bot, two_stories):
    await start_bot(two_stories)
    embed = await mention(fake, f"<@{BOT_ID}> /quote Pellow")
    assert embed["footer"]["text"] == SECOND
    assert "I accepted for practical reasons" in embed["description"]


async def test_a_mention_looking_up_a_word_is_answered_from_the_article_holding_it(
    fake, start_bot, two_stories
):
    await start_bot(two_stories)
    embed = await mention(fake, f"<@{BOT_ID}> /lookup Pellow")
    assert embed["footer"]["text"] == SECOND
    assert "**Pellow**" in embed["description"]
