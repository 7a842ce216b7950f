"""/articles, /article use|remove, /about, /article add and "No article matches" name a server's own
article "#1", as its footer and the article suggestions do."""

from __future__ import annotations

from tests.discord.fake_discord import GUILD_ID
from tests.discord.test_articles import add_file, store_bot
from tests.discord.test_e2e import run
from tests.news_site import test_policy

__all__ = ["store_bot", "test_policy"]


async def test_the_list_names_a_stored_article_by_its_number_with_a_hash(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    listed = (await run(fake, "articles")).embed["description"]
    assert f"`#{stored.id}` Town council votes to keep the old library open" in listed


async def test_choosing_the_default_names_the_article_by_its_number_with_a_hash(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    chosen = await run(fake, "article", subcommand="use", article=str(stored.id))
    assert f"`#{stored.id}` Town council votes" in chosen.embed["description"]


async def test_about_a_stored_article_gives_its_id_with_a_hash(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    about = await run(fake, "about", article=str(stored.id))
    assert about.embed["footer"]["text"] == f"article id: #{stored.id}"


async def test_adding_an_article_gives_its_id_with_a_hash(fake, store_bot):
    added = await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    assert added.embed["footer"]["text"] == f"article id: #{stored.id}"


async def test_an_unknown_article_lists_the_servers_own_by_number_with_a_hash(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    unknown = await run(fake, "summary", article="no such thing")
    # "#" is escaped where the reply echoes text ("\#1"): Discord shows "#1".
    assert unknown.embed["description"].endswith(f"Available: blinken-beijing-visit, \\#{stored.id}")
