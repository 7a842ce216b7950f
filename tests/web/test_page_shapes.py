"""Pages of shapes no news page has, served by the local news site: each is refused before
extraction with its reason and what to do, or read when it is readable.

Extraction is what took minutes on these shapes (a gzip of 700,000 paragraphs over 10 min, one
paragraph of 10,000 bold words 30 s): the tests assert that it never starts. A wall-clock budget
here measured the loaded machine as much as the check (it failed under load with the page's own
generation inside the window); how long the checks take is the benchmark's business.
"""

from __future__ import annotations

import pytest
import trafilatura

from bot.core.article.html import UnreadablePage
from bot.web.pages import read_link


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
async def test_a_page_of_a_shape_no_news_page_has_is_refused_before_extraction(
    news_site, test_policy, monkeypatch, shape, reply
):
    extracted: list[object] = []
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda tree, **_: extracted.append(tree))
    with pytest.raises(UnreadablePage, match=reply):
        await read_link(f"{news_site}/shaped/{shape}", test_policy)
    assert extracted == []


async def test_the_extraction_spy_sees_a_readable_page_extracted(news_site, test_policy, monkeypatch):
    """The spy above is where extraction happens: a readable page passes through it."""
    extracted: list[object] = []
    real = trafilatura.bare_extraction
    monkeypatch.setattr(
        trafilatura, "bare_extraction", lambda tree, **kw: extracted.append(tree) or real(tree, **kw)
    )
    await read_link(f"{news_site}/shaped/utf16", test_policy)
    assert len(extracted) == 1


async def test_a_utf16_page_with_its_byte_order_mark_is_read(news_site, test_policy):
    article = await read_link(f"{news_site}/shaped/utf16", test_policy)
    assert article.text.startswith("The ferry crews walked out at dawn")
    assert article.title == "Ferry strike"
