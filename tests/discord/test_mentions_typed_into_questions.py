"""A mention typed among the words of a slash option or a message ("What did @Tomas say?", which
Discord sends as "What did <@123> say?") is read as the name Discord showed the person typing it: it
was dropped, and "What did say?" got a passage about no one. A mention before the words addresses
someone and is left out; one Discord sent no name for is left out as before."""

from __future__ import annotations

import pytest

from bot.discord import mentions
from tests.discord.conftest import HARBOUR
from tests.discord.fake_discord import BOT_ID
from tests.discord.test_e2e import mention_reply, run

SKIPPER = 4242  # a member of the server whose name in it is the article's skipper's


async def test_a_mention_among_the_words_of_a_question_is_the_name_discord_showed(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "ask", question="Who is <@4242>?", mentioned={SKIPPER: ("tb", "Tomas Brenner")})
    assert reply.embed["title"] == "Who is Tomas Brenner?"
    assert "Gullwing" in reply.embed["description"]


async def test_a_members_display_name_serves_when_they_have_no_nickname(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "ask", question="What did <@!4242> say?", mentioned={SKIPPER: ("Brenner", None)})
    assert reply.embed["title"] == "What did Brenner say?"


async def test_a_speaker_that_is_one_mention_is_the_name_it_shows(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "quote", speaker="<@4242>", mentioned={SKIPPER: ("Brenner", None)})
    assert reply.embed["author"]["name"].startswith("Tomas Brenner")


async def test_a_question_that_is_one_mention_is_still_no_question(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(fake, "ask", question="<@4242>", mentioned={SKIPPER: ("Brenner", None)})
    assert reply.ephemeral and "A mention is no question" in reply.embed["description"]


async def test_a_mention_before_the_question_addresses_someone_and_is_left_out(fake, start_bot):
    await start_bot(HARBOUR)
    reply = await run(
        fake, "ask", question="<@4242> How much did the repairs cost?", mentioned={SKIPPER: ("Brenner", None)}
    )
    assert reply.embed["title"] == "How much did the repairs cost?"


async def test_a_mention_in_a_message_to_the_bot_is_the_name_discord_sent(fake, start_bot):
    await start_bot(HARBOUR)
    embed = await mention_reply(fake, f"<@{BOT_ID}> Who is <@4242>?", mentioned={SKIPPER: ("tb", "Brenner")})
    assert embed["title"] == "Who is Brenner?"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Who is <@123>?", "Who is Tomas Brenner?"),
        ("<@123>'s boat", "Tomas Brenner's boat"),
        ("what did <@&55> announce?", "what did Harbour Board announce?"),
        ("<@123> who is <@123>", "who is Tomas Brenner"),
        ("Who is <@999>?", "Who is ?"),  # no name sent: left out, as before
    ],
)
def test_mentions_read_as_names(typed, read):
    names = {("user", "123"): "Tomas Brenner", ("role", "55"): "Harbour Board"}
    assert mentions.clean(typed, names) == read


def test_the_bots_own_mention_names_nothing():
    data = {"resolved": {"users": {str(BOT_ID): {"username": "article-bot", "global_name": None}}}}
    assert mentions.resolved_names(data, BOT_ID) == {}
