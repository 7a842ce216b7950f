"""A server that added its own article and chose no default gets answers about its own article (the
newest it added), not about a bundled article it never chose; `/article use` still decides."""

from __future__ import annotations

from tests.discord.fake_discord import GUILD_ID
from tests.discord.test_articles import OTHER_GUILD, VOTE, add_file, store_bot  # noqa: F401
from tests.discord.test_e2e import run
from tests.news_site import test_policy  # noqa: F401

VOTE_TITLE = "Town council votes to keep the old library open"
SECOND = b"""Title: Ferry service returns to Lenmouth

The ferry to Lenmouth sailed again on Monday after a winter without crossings.

"We missed the island," said captain Ida Brandt.
"""


async def test_commands_naming_no_article_answer_about_the_servers_own(fake, store_bot):  # noqa: F811
    await add_file(fake)
    summary = await run(fake, "summary")
    assert summary.embed["title"] == VOTE_TITLE
    quote = await run(fake, "quote", speaker="Pratt")
    assert "Owen Pratt" in quote.embed["author"]["name"]


async def test_the_newest_added_article_answers_when_several_were_added(fake, store_bot):  # noqa: F811
    await add_file(fake)
    await add_file(fake, "ferry.txt", SECOND)
    about = await run(fake, "about")
    assert about.embed["title"] == "Ferry service returns to Lenmouth"


async def test_a_chosen_default_still_wins_over_the_newest(fake, store_bot):  # noqa: F811
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    await run(fake, "article", subcommand="use", article=str(stored.id))
    await add_file(fake, "ferry.txt", SECOND)
    about = await run(fake, "about")
    assert about.embed["title"] == VOTE_TITLE


async def test_another_server_still_gets_the_bundled_article(fake, store_bot):  # noqa: F811
    await add_file(fake)
    about = await run(fake, "about", guild_id=OTHER_GUILD)
    assert about.embed["title"] != VOTE_TITLE


async def test_adding_says_commands_now_answer_about_it(fake, store_bot):  # noqa: F811
    added = await add_file(fake)
    use = next(field["value"] for field in added.embed["fields"] if field["name"] == "Use it")
    assert use.startswith("Commands that name no article now answer about it.")


async def test_adding_after_choosing_a_default_says_only_how_to_name_it(fake, store_bot):  # noqa: F811
    await run(fake, "article", subcommand="use", article="blinken-beijing-visit")
    added = await add_file(fake)
    use = next(field["value"] for field in added.embed["fields"] if field["name"] == "Use it")
    assert "now answer about it" not in use


async def test_the_list_marks_the_article_answering_by_default(fake, store_bot):  # noqa: F811
    await add_file(fake)
    listed = await run(fake, "articles")
    line = next(line for line in listed.embed["description"].splitlines() if VOTE_TITLE in line)
    assert "**default** (added last" in line
