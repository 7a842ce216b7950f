"""A mention in a channel where the bot may not read the message history: Discord refuses a reply
there (403, 160002), so the answer is posted in the channel naming the asker (no ping), never lost;
also when that permission went since the bot's cache saw the channel."""

from __future__ import annotations

from tests.discord.conftest import HARBOUR
from tests.discord.fake_discord import BOT_ID, READ_MESSAGE_HISTORY, USER_ID
from tests.discord.test_e2e import ANSWER_TIMEOUT

QUESTION = f"<@{BOT_ID}> How much did the repairs cost?"


async def test_a_mention_where_the_bot_may_not_read_history_is_answered_in_the_channel(fake, start_bot):
    fake.denied_to_bot = READ_MESSAGE_HISTORY
    await start_bot(HARBOUR)
    await fake.say(QUESTION)
    (sent,) = await fake.wait_until(lambda: [c for c in fake.sends() if c.ok], ANSWER_TIMEOUT)
    assert "message_reference" not in sent.body or not sent.body["message_reference"]
    assert sent.body["embeds"][0]["title"] == "How much did the repairs cost?"


async def test_an_answer_posted_without_a_reply_names_the_asker_without_a_ping(fake, start_bot):
    fake.denied_to_bot = READ_MESSAGE_HISTORY
    await start_bot(HARBOUR)
    await fake.say(QUESTION)
    (sent,) = await fake.wait_until(lambda: [c for c in fake.sends() if c.ok], ANSWER_TIMEOUT)
    assert sent.body["content"] == f"<@{USER_ID}>" and sent.body["allowed_mentions"]["parse"] == []


async def test_a_reply_refused_for_history_taken_away_since_is_posted_in_the_channel(fake, start_bot):
    await start_bot(HARBOUR)
    fake.denied_to_bot = READ_MESSAGE_HISTORY  # the bot is not told
    await fake.say(QUESTION)
    (sent,) = await fake.wait_until(lambda: [c for c in fake.sends() if c.ok], ANSWER_TIMEOUT)
    assert sent.body["embeds"][0]["title"] == "How much did the repairs cost?"
