"""The `article` option's suggestions narrow to what was typed: "weir" offers the weir story alone,
not every loaded article after it; text that matches no article at all still lists them all, and
/article remove ranks the server's own articles among themselves."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_ARTICLES
from tests.discord.fake_discord import GUILD_ID
from tests.discord.test_articles import add_file, store_bot
from tests.discord.test_e2e import run
from tests.news_site import test_policy

__all__ = ["store_bot", "test_policy"]

STORIES = ("discord-weir-repairs", "discord-senate-newcomer", "discord-harbour-reopening")


@pytest.fixture
def three_stories(tmp_path):
    for name in STORIES:
        (tmp_path / f"{name}.txt").write_bytes((TEST_ARTICLES / f"{name}.txt").read_bytes())
    return tmp_path


async def suggested(fake, typed: str, **options) -> list[str]:
    reply = await run(fake, "summary", focused="article", article=typed, **options)
    return [choice["value"] for choice in reply.first["data"]["choices"]]


@pytest.mark.parametrize(
    ("typed", "story"),
    [("weir", "discord-weir-repairs"), ("senate", "discord-senate-newcomer"), ("lenmouth", STORIES[2])],
)
async def test_a_word_of_one_title_suggests_that_article_alone(fake, start_bot, three_stories, typed, story):
    await start_bot(three_stories)
    assert await suggested(fake, typed) == [story]


async def test_text_matching_no_article_still_lists_them_all(fake, start_bot, three_stories):
    await start_bot(three_stories)
    assert sorted(await suggested(fake, "zzqx")) == sorted(STORIES)


async def test_remove_suggests_the_servers_own_article_however_a_bundled_one_matches(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    # "visit" is in the bundled article's name, not in the stored one's title: it is still offered.
    reply = await run(fake, "article", subcommand="remove", focused="article", article="visit")
    assert [c["value"] for c in reply.first["data"]["choices"]] == [str(stored.id)]
