"""Pages of shapes no news page has, served by the local news site: each is refused before
extraction with its reason and what to do, in well under a second, or read when it is readable."""

from __future__ import annotations

import time

import pytest

from bot.core.article.html import UnreadablePage
from bot.web.pages import read_link

QUICK_SECONDS = 3.0


@pytest.mark.parametrize(
    ("shape", "reply"),
    [
        pytest.param(
            "crowded",
            r"^That page has a paragraph of 10,000 HTML elements \(links, bold, spans...\), more than a "
            r"news paragraph holds \(at most 1,000\); save the article's text as a \.txt file and add "
            r"that\.$",
            id="one paragraph of 10,000 inline tags",
        ),
        pytest.param("deep", r"^That page nests its HTML 256 elements deep, .*text is cut; save", id="deep"),
        pytest.param("gzipped", r"^That page is compressed data, not a web page's HTML; save", id="gzip"),
        pytest.param("utf16-huge", r"^That page has 40,005 HTML elements, .*at most 30,000\)", id="utf-16"),
    ],
)
async def test_a_page_of_a_shape_no_news_page_has_is_refused_quickly(news_site, test_policy, shape, reply):
    started = time.monotonic()
    with pytest.raises(UnreadablePage, match=reply):
        await read_link(f"{news_site}/shaped/{shape}", test_policy)
    assert time.monotonic() - started < QUICK_SECONDS


async def test_a_utf16_page_with_its_byte_order_mark_is_read(news_site, test_policy):
    article = await read_link(f"{news_site}/shaped/utf16", test_policy)
    assert article.text.startswith("The ferry crews walked out at dawn")
    assert article.title == "Ferry strike"
