"""A server that added articles reads "¶2" in its default article (`/article use`), else the one it
added last, as `/summary` does; it answered "3 articles are loaded: choose one" though the server had
chosen. A typed lookup to the bot too. (A default chosen with `/article use` was already kept.)"""

from __future__ import annotations

from tests.discord.fake_discord import BOT_ID
from tests.discord.test_articles import news_site, store_bot, test_policy
from tests.discord.test_e2e import ANSWER_TIMEOUT, run

__all__ = ["news_site", "store_bot", "test_policy"]

PIER = b"Title: Pier vote delayed\n\nThe pier vote was delayed.\n\nThe council meets again in May.\n"
MILL = b"Title: Mill reopens\n\nThe old mill reopened on Friday.\n\nIts owner thanked the volunteers.\n"


async def add_both(fake):
    for name, data in (("pier.txt", PIER), ("mill.txt", MILL)):
        await run(fake, "article", subcommand="add", file=fake.upload(name, data))


async def test_a_paragraph_number_is_read_in_the_article_added_last(fake, store_bot):
    await add_both(fake)
    reply = await run(fake, "lookup", keyword="¶2")
    assert reply.embed["description"] == "**¶2** Its owner thanked the volunteers."


async def test_a_paragraph_number_is_read_in_the_servers_default(fake, store_bot):
    await add_both(fake)
    await run(fake, "article", subcommand="use", article="1")
    reply = await run(fake, "lookup", keyword="¶1 ¶2")
    assert "The council meets again in May." in reply.embed["description"]


async def test_a_typed_paragraph_number_is_read_in_the_article_added_last(fake, store_bot):
    await add_both(fake)
    message_id = await fake.say(f"<@{BOT_ID}> /lookup ¶2")
    (reply,) = await fake.wait_until(lambda: fake.replies_to(message_id), ANSWER_TIMEOUT)
    assert "Its owner thanked the volunteers." in reply.body["embeds"][0]["description"]
