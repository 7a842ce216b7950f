"""A mention with no default article asks the server's own added articles too, not only the bundled
ones: a question about someone named only in an article the server added is answered from it."""

from __future__ import annotations

from tests.discord.fake_discord import BOT_ID
from tests.discord.test_articles import add_file, store_bot  # noqa: F401
from tests.discord.test_e2e import ANSWER_TIMEOUT
from tests.news_site import test_policy  # noqa: F401


async def test_a_mention_reaches_the_servers_own_article(fake, store_bot):  # noqa: F811
    await add_file(fake)
    message_id = await fake.say(f"<@{BOT_ID}> what did Maeve Doran say?")
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    embed = reply.body["embeds"][0]
    assert "doesn't mention" not in embed["description"]
    assert "Maeve Doran" in embed["description"]
    assert embed["footer"]["text"].startswith("#1")
