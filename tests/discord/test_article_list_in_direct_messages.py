"""/articles in a direct message, where there is no server: the bundled articles, and that a server's
own answer in that server only; never "added by this server" nor "Add one with /article add", which
Discord does not offer there."""

from __future__ import annotations

from tests.discord.test_articles import add_file, store_bot
from tests.discord.test_e2e import run
from tests.news_site import test_policy

__all__ = ["store_bot", "test_policy"]


async def test_the_article_list_in_a_direct_message_names_no_server_and_no_add(fake, store_bot):
    await add_file(fake)
    reply = await run(fake, "articles", guild_id=None)
    description = reply.embed["description"]
    assert description.startswith("1 bundled. Articles a server adds answer in that server only.")
    assert "/article add" not in description and "#1" not in description
