"""A reply's menu or button whose article the server removed since says so to the one who pressed
it, naming the article as users know it ("#1"), not "No article matches" what they never typed."""

from __future__ import annotations

from tests.discord.fake_discord import GUILD_ID
from tests.discord.test_articles import add_file, store_bot
from tests.discord.test_e2e import open_paragraph, reply_message, run
from tests.news_site import test_policy

__all__ = ["store_bot", "test_policy"]


async def test_a_read_menu_on_a_reply_about_a_removed_article_says_it_was_removed(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    reply = await run(fake, "summary", article=str(stored.id))
    await run(fake, "article", subcommand="remove", article=str(stored.id))
    opened = await open_paragraph(fake, reply_message(fake, reply), "1")
    description = opened.embed["description"]
    assert opened.ephemeral
    assert f"(#{stored.id}) is no longer available here" in description
    assert "No article matches" not in description
