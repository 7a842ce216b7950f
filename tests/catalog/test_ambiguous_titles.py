"""Words that several of a server's titles match equally name none of them: nothing is removed or
picked, and the reply lists the articles by number; a title written in full names its own article;
a blank name chooses nothing to remove or use."""

from __future__ import annotations

import pytest

from bot.catalog.catalog import AmbiguousArticle
from bot.core.errors import ArticleNotFound

SERVER = 111


def story(title: str, detail: str) -> bytes:
    return (
        f"{title}\n\nThe harbour board met on Monday and {detail}. Its chair, Oriel Manske, said the "
        "decision would be reviewed in the spring.\n"
    ).encode()


@pytest.fixture
async def harbour_stories(catalog):
    first = await catalog.add_file(SERVER, "dredge.txt", story("Harbour dredging delayed", "put it off"))
    second = await catalog.add_file(SERVER, "fees.txt", story("Harbour fees rise", "raised mooring fees"))
    return first, second


async def test_removing_by_a_word_several_titles_share_removes_nothing(catalog, store, harbour_stories):
    with pytest.raises(AmbiguousArticle):
        await catalog.remove(SERVER, "harbour")
    assert await store.count(SERVER) == 2


async def test_the_reply_lists_the_articles_the_words_match_by_number(catalog, harbour_stories):
    first, second = harbour_stories
    with pytest.raises(AmbiguousArticle) as refused:
        await catalog.resolve(SERVER, "harbour")
    reply = str(refused.value)
    assert f"#{first.id} Harbour dredging delayed" in reply and f"#{second.id} Harbour fees rise" in reply
    assert reply.endswith(f"Give the number of the one you mean, such as #{first.id}.")


async def test_a_title_written_in_full_names_its_article_beside_a_longer_one(catalog):
    await catalog.add_file(SERVER, "fees.txt", story("Harbour fees", "raised mooring fees"))
    longer = await catalog.add_file(SERVER, "more.txt", story("Harbour fees rise again", "raised them again"))
    assert (await catalog.resolve(SERVER, "harbour fees rise again")).id == str(longer.id)
    assert (await catalog.resolve(SERVER, "Harbour Fees")).title == "Harbour fees"


@pytest.mark.parametrize("action", ["remove", "use"])
async def test_a_blank_name_chooses_no_article_to_remove_or_use(catalog, store, harbour_stories, action):
    with pytest.raises(ArticleNotFound, match=f"Name the article to {action}: its number"):
        await getattr(catalog, action)(SERVER, "  ")
    assert await store.count(SERVER) == 2 and await store.default_article(SERVER) is None
