"""Permissions taken away while the bot's cache still holds the old ones (an update missed across a
reconnect): Discord refuses the reply (403), and the asker still gets an answer where one may be
given (as text, where only Embed Links went), and the log one line, never a traceback."""

from __future__ import annotations

import logging

from tests.discord.conftest import HARBOUR
from tests.discord.fake_discord import BOT_ID, EMBED_LINKS, SEND_MESSAGES
from tests.discord.test_e2e import ANSWER_TIMEOUT

QUESTION = f"<@{BOT_ID}> How much did the repairs cost?"


async def test_a_mention_refused_its_embed_is_answered_as_text(fake, start_bot):
    await start_bot(HARBOUR)
    fake.denied_to_bot = EMBED_LINKS  # the bot is not told
    message_id = await fake.say(QUESTION)
    (sent,) = await fake.wait_until(lambda: [c for c in fake.replies_to(message_id) if c.ok], ANSWER_TIMEOUT)
    assert not sent.body.get("embeds") and "**How much did the repairs cost?**" in sent.body["content"]


async def test_a_mention_refused_outright_leaves_one_log_line_and_no_traceback(fake, start_bot, caplog):
    await start_bot(HARBOUR)
    fake.denied_to_bot = SEND_MESSAGES
    with caplog.at_level(logging.INFO, logger="bot.discord"):
        message_id = await fake.say(QUESTION)
        await fake.wait_until(lambda: len(fake.replies_to(message_id)) == 2, ANSWER_TIMEOUT)
        await fake.wait_until(lambda: "mention not answered" in caplog.text, ANSWER_TIMEOUT)
    assert not [r for r in caplog.records if r.exc_info]
