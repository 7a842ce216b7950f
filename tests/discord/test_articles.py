"""/article add|list|remove|use and /articles through the local Discord, with a SQLite store."""

from __future__ import annotations

import asyncio

import pytest

from bot.catalog import Catalog
from bot.core.article.html import NO_ARTICLE_TEXT
from bot.core.errors import SPLIT_REMEDY
from bot.discord.markdown import escape
from bot.store import Store, database_url
from bot.web.limits import MAX_PAGE_BYTES
from tests.conftest import BUNDLED, TEST_ARTICLES
from tests.discord.fake_discord import GUILD_ID, MEMBER_PERMISSIONS
from tests.discord.test_e2e import run
from tests.news_site import news_site, test_policy

__all__ = ["news_site", "test_policy"]

MANAGE_GUILD = str(1 << 5)
OTHER_GUILD = GUILD_ID + 1
VOTE = (TEST_ARTICLES / "discord-library-vote.txt").read_bytes()


@pytest.fixture
async def store_bot(start_bot, tmp_path, test_policy):
    """The bot over the bundled article and a fresh store; the store is also returned for checks."""
    url = database_url("", tmp_path)
    checker = await Store.open(url)

    async def open_catalog(library, run_work):
        return Catalog(library, await Store.open(url), quota=2, fetch_policy=test_policy, run=run_work)

    await start_bot(BUNDLED, open_catalog=open_catalog)
    yield checker
    await checker.close()


async def add_file(fake, name="vote.txt", data=VOTE, **options):
    return await run(fake, "article", subcommand="add", file=fake.upload(name, data), **options)


async def test_the_article_group_is_for_manage_server_by_default(fake, start_bot):
    await start_bot(BUNDLED, sync_on_start=True, open_catalog=_no_store)
    (sync,) = [c for c in fake.calls if c.method == "PUT"]
    group = next(c for c in sync.body if c["name"] == "article")
    assert (str(group["default_member_permissions"]), group["dm_permission"]) == (MANAGE_GUILD, False)
    assert {o["name"] for o in group["options"]} == {"add", "list", "remove", "use"}


async def _no_store(library, run_work):
    return Catalog(library, None, run=run_work)


async def test_adding_a_link_answers_with_the_pages_title(fake, store_bot, news_site):
    reply = await run(fake, "article", subcommand="add", url=f"{news_site}/news/ferry-strike")
    assert reply.embed["title"] == "Added: Ferry crews strike over night rotas"
    assert reply.embed["url"] == "https://gazette.example/news/2026/03/14/ferry-crews-strike"


async def test_an_added_link_answers_commands_at_once(fake, store_bot, news_site):
    await run(fake, "article", subcommand="add", url=f"{news_site}/news/ferry-strike")
    (stored,) = await store_bot.list(GUILD_ID)
    reply = await run(fake, "ask", question="Who chairs the union branch?", article=str(stored.id))
    assert "Ana Brandt" in reply.embed["description"]


async def test_an_uploaded_file_becomes_an_article(fake, store_bot):
    reply = await add_file(fake)
    assert reply.embed["title"] == "Added: Town council votes to keep the old library open"
    assert [a.source for a in await store_bot.list(GUILD_ID)] == ["vote.txt"]


async def test_an_uploaded_html_file_is_extracted(fake, store_bot):
    html = (TEST_ARTICLES / "web_ferry_strike.html").read_bytes()
    reply = await add_file(fake, "ferry.html", html)
    assert reply.embed["title"] == "Added: Ferry crews strike over night rotas"


async def test_a_file_of_another_type_is_refused_and_nothing_stored(fake, store_bot):
    reply = await add_file(fake, "photo.png", b"\x89PNG\r\n")
    assert reply.ephemeral and "only .txt, .md or .html" in reply.embed["description"]
    assert await store_bot.count(GUILD_ID) == 0


async def test_a_refused_link_gets_its_reply_and_nothing_is_stored(fake, store_bot, news_site):
    reply = await run(fake, "article", subcommand="add", url=f"{news_site}/to-private")
    assert reply.ephemeral and "private or local network" in reply.embed["description"]
    assert await store_bot.count(GUILD_ID) == 0


async def test_a_page_without_article_text_says_so(fake, store_bot, news_site):
    reply = await run(fake, "article", subcommand="add", url=f"{news_site}/signin")
    assert reply.embed["description"] == escape(NO_ARTICLE_TEXT)


async def test_add_needs_a_url_or_a_file(fake, store_bot):
    reply = await run(fake, "article", subcommand="add")
    assert reply.ephemeral and "either a `url` or a `file`" in reply.embed["description"]


async def test_a_member_without_manage_server_is_refused(fake, store_bot):
    reply = await add_file(fake, permissions=MEMBER_PERMISSIONS)
    assert reply.ephemeral and "Manage Server" in reply.embed["description"]
    assert await store_bot.count(GUILD_ID) == 0


async def test_a_member_without_manage_server_cannot_remove(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    reply = await run(
        fake, "article", subcommand="remove", article=str(stored.id), permissions=MEMBER_PERMISSIONS
    )
    assert reply.ephemeral and "Manage Server" in reply.embed["description"]
    assert await store_bot.count(GUILD_ID) == 1


async def test_the_quota_refuses_one_too_many(fake, store_bot):
    await add_file(fake)
    await add_file(fake, data=VOTE + b"\n\nUpdate: the council met again.\n")
    reply = await add_file(fake, data=VOTE + b"\n\nUpdate: the council met a third time.\n")
    assert reply.ephemeral and "already has 2 articles" in reply.embed["description"]


async def test_list_shows_the_bundled_and_the_servers_own(fake, store_bot):
    await add_file(fake)
    reply = await run(fake, "article", subcommand="list")
    assert "(bundled)" in reply.embed["description"]
    assert "Town council votes to keep the old library open" in reply.embed["description"]


async def test_everyone_can_list_with_articles(fake, store_bot):
    await add_file(fake)
    reply = await run(fake, "articles", permissions=MEMBER_PERMISSIONS)
    assert "Town council votes" in reply.embed["description"]


async def test_another_server_does_not_see_the_article(fake, store_bot):
    await add_file(fake)
    reply = await run(fake, "articles", guild_id=OTHER_GUILD)
    assert "Town council votes" not in reply.embed["description"]


async def test_another_server_cannot_ask_about_it_by_id(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    reply = await run(fake, "about", article=str(stored.id), guild_id=OTHER_GUILD)
    assert reply.ephemeral and "No article matches" in reply.embed["description"]


async def test_use_makes_it_the_servers_default(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    await run(fake, "article", subcommand="use", article=str(stored.id))
    reply = await run(fake, "about")
    assert reply.embed["title"] == "Town council votes to keep the old library open"


async def test_the_default_of_one_server_is_not_anothers(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    await run(fake, "article", subcommand="use", article=str(stored.id))
    reply = await run(fake, "about", guild_id=OTHER_GUILD)
    assert reply.embed["title"] != "Town council votes to keep the old library open"


async def test_remove_deletes_it(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    reply = await run(fake, "article", subcommand="remove", article=str(stored.id))
    assert reply.embed["title"] == "Removed"
    assert await store_bot.count(GUILD_ID) == 0


async def test_article_autocomplete_offers_the_servers_own_with_the_bundled(fake, store_bot):
    await add_file(fake)
    reply = await run(fake, "summary", focused="article", article="library")
    assert reply.first["data"]["choices"][0]["name"].startswith("#")


async def test_article_autocomplete_never_offers_another_servers(fake, store_bot):
    await add_file(fake)
    reply = await run(fake, "summary", focused="article", article="library", guild_id=OTHER_GUILD)
    assert all(not c["name"].startswith("#") for c in reply.first["data"]["choices"])


async def test_speaker_autocomplete_reads_a_stored_article(fake, store_bot):
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    reply = await run(fake, "quote", focused="speaker", speaker="prat", article=str(stored.id))
    assert reply.first["data"]["choices"][0]["value"] == "Owen Pratt"


async def test_an_added_article_survives_a_restart_of_the_bot(fake, start_bot, tmp_path, test_policy):
    url = database_url("", tmp_path / "restart")

    async def open_catalog(library, run_work):
        return Catalog(library, await Store.open(url), fetch_policy=test_policy, run=run_work)

    first = await start_bot(BUNDLED, open_catalog=open_catalog)
    await add_file(fake)
    await first.close()
    await start_bot(BUNDLED, open_catalog=open_catalog)
    reply = await run(fake, "about", article="library")
    assert reply.embed["title"] == "Town council votes to keep the old library open"


async def test_remove_autocomplete_offers_only_the_servers_own(fake, store_bot):
    await add_file(fake)
    reply = await run(fake, "article", subcommand="remove", focused="article", article="")
    assert [c["name"][:1] for c in reply.first["data"]["choices"]] == ["#"]


class SlowCatalog(Catalog):
    """A database that takes longer than the defer budget to find an article."""

    async def locate(self, server_id, ref=None):
        await asyncio.sleep(0.5)
        return await super().locate(server_id, ref)


async def test_a_slow_database_is_acknowledged_before_the_deadline(fake, start_bot, tmp_path):
    async def open_catalog(library, run_work):
        return SlowCatalog(library, await Store.open(database_url("", tmp_path)), run=run_work)

    await start_bot(BUNDLED, open_catalog=open_catalog, defer_after=0.1)
    reply = await run(fake, "about")
    assert reply.first["type"] == 5  # "thinking..." at once, the answer follows
    assert reply.embed["title"]


async def test_a_stored_articles_footer_is_its_number_under_its_headline_and_both_elsewhere(fake, store_bot):
    # The footer said the title again right under the same title; an answer, titled by its question,
    # names the article by both the number users type and its title.
    await add_file(fake)
    (stored,) = await store_bot.list(GUILD_ID)
    summary = await run(fake, "summary", article=str(stored.id))
    assert summary.embed["title"] == "Town council votes to keep the old library open"
    assert summary.embed["footer"]["text"] == f"#{stored.id}"
    answer = await run(fake, "ask", question="What did the council vote?", article=str(stored.id))
    assert answer.embed["footer"]["text"] == f"#{stored.id} · Town council votes to keep the old library open"


async def test_an_upload_too_large_says_to_split_it(fake, store_bot):
    reply = await add_file(fake, "almanac.txt", b"x" * (MAX_PAGE_BYTES + 1))
    assert reply.embed["description"].endswith(escape(SPLIT_REMEDY))
    assert await store_bot.count(GUILD_ID) == 0
