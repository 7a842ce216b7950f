"""The page buttons of a reply to a mention (a /quote of more passages than a page holds) are greyed
out when the pages expire, as a slash command's are: the reply has no interaction to edit, so the
bot edits its own message."""

from __future__ import annotations

from tests.conftest import TEST_ARTICLES
from tests.discord.fake_discord import BOT_ID
from tests.discord.test_e2e import ANSWER_TIMEOUT, buttons

MEETINGS = TEST_ARTICLES / "discord-quay-council-meetings.txt"
PAGE_TIMEOUT = 0.5  # seconds: Discord's own is minutes


async def test_a_mention_replys_page_buttons_grey_out_when_the_pages_expire(fake, start_bot):
    await start_bot(MEETINGS, page_timeout=PAGE_TIMEOUT)
    message_id = await fake.say(f"<@{BOT_ID}> /quote Tregellas")
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    sent = fake.messages[max(fake.messages)]
    assert buttons(reply.body)["Next"]["disabled"] is False
    await fake.wait_until(lambda: buttons(sent)["Next"]["disabled"], ANSWER_TIMEOUT)
    assert buttons(sent)["Previous"]["disabled"] is True
    assert sent["components"][-1]["components"][0]["type"] == 3  # the read menu stays usable
