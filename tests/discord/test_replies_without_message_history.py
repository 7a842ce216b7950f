"""A mention in a channel where the bot may not read the message history: Discord refuses a reply
there (403, 160002), so the answer is posted in the channel naming the asker (no ping), never lost;
also when that permission went since the bot's cache saw the channel."""

from __future__ import annotations

from bot.discord import limits
from tests.discord.conftest import HARBOUR
from tests.discord.fake_discord import BOT_ID, EMBED_LINKS, READ_MESSAGE_HISTORY, USER_ID
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


# Twenty-eight speakers with long roles: /speakers as text runs past a message's 2,000 characters.
_PEOPLE = [
    f"{given} {surname}"
    for surname in ("Harrowgate", "Quillfeather")
    for given in "Ada Bram Cleo Dov Esme Finn Gus Hal Ivo Jem Kit Lev Mo Nell".split()
]
# Their roles' length puts page 1 as text within a mention's length of 2,000 characters.
_ROLE = "treasurer of the Lower Fenwick Valley Beekeepers' Society and its wax shop"
_APIARIES = "Apiaries saved\n\nThe apiaries will stay, the council said.\n\n" + "\n\n".join(
    f'{name}, {_ROLE}, said: "We kept these hives for {n + 2} years."' for n, name in enumerate(_PEOPLE)
)


async def test_a_long_text_reply_naming_the_asker_keeps_its_footer(fake, start_bot, tmp_path):
    article = tmp_path / "apiaries-saved.txt"
    article.write_text(_APIARIES, encoding="utf-8")
    fake.denied_to_bot = READ_MESSAGE_HISTORY | EMBED_LINKS
    await start_bot(article)
    await fake.say(f"<@{BOT_ID}> speakers")
    (sent,) = await fake.wait_until(lambda: [c for c in fake.sends() if c.ok], ANSWER_TIMEOUT)
    content = sent.body["content"]
    assert content.startswith(f"<@{USER_ID}> ") and len(content) <= limits.CONTENT
    body, footer = content.rsplit("\n", 1)
    assert body.endswith("\n…") and footer.startswith("-# ") and "apiaries" in footer.casefold()
