"""A web page or a JSON file saved under an article's name ("ferry.txt") and added as a file: the
page's article is read out of it, as from a .html file, and JSON is refused; neither is stored as
prose (the page's markup was the article's text, and "<html><head>..." its title)."""

from __future__ import annotations

import pytest

from bot.core.errors import ArticleError
from tests.conftest import TEST_ARTICLES

SERVER = 111
FERRY_HTML = (TEST_ARTICLES / "web_ferry_strike.html").read_bytes()


async def test_a_page_saved_as_txt_is_stored_as_its_article(catalog):
    added = await catalog.add_file(SERVER, "ferry.txt", FERRY_HTML)
    assert added.title == "Ferry crews strike over night rotas"
    assert "<" not in added.text and "Related stories" not in added.text


async def test_a_page_saved_as_txt_keeps_its_author(catalog):
    added = await catalog.add_file(SERVER, "ferry.txt", FERRY_HTML)
    assert added.metadata["author"] == "Maren Holt"


async def test_json_saved_as_txt_is_refused_and_nothing_stored(catalog, store):
    with pytest.raises(ArticleError, match="is a JSON file, not an article"):
        await catalog.add_file(SERVER, "feed.txt", b'{"title": "Ferry", "body": "Crews strike."}')
    assert await store.count(SERVER) == 0
