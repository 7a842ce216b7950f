"""The page-shape guard before extraction: where its limits fall, and what a refused file is told."""

from __future__ import annotations

import pytest

from bot.catalog.intake import article_from_upload
from bot.core import constants
from bot.core.article.html import UnreadablePage, extract_article
from bot.core.errors import ArticleError

LEDE = b"The harbour board voted on Monday to keep the night ferry running through the winter months. "


def page(body: bytes) -> bytes:
    head = b"<html><head><title>Night ferry</title></head><body><article>"
    return head + body + b"</article></body></html>"


def paragraph_of(elements: int) -> bytes:
    """A paragraph holding `elements` bold words after its lede."""
    return page(b"<p>" + LEDE + b"crew <b>rota</b> " * elements + b"</p>")


def nested(depth: int) -> bytes:
    """A story inside `depth` divs, under html, body and article."""
    return page(b"<div>" * depth + LEDE * 3 + b"</div>" * depth)


@pytest.fixture
def no_extraction(monkeypatch):
    import trafilatura

    def never(*args, **kwargs):
        raise AssertionError("extracted")

    monkeypatch.setattr(trafilatura, "bare_extraction", never)


def test_a_paragraph_of_as_many_elements_as_a_news_paragraph_may_hold_is_read():
    article = extract_article(paragraph_of(constants.MAX_PARAGRAPH_ELEMENTS))
    assert article.text.startswith("The harbour board voted on Monday")


def test_a_paragraph_of_one_element_more_is_refused_before_extraction(no_extraction):
    with pytest.raises(UnreadablePage, match=r"a paragraph of 1,001 HTML elements .*at most 1,000\)"):
        extract_article(paragraph_of(constants.MAX_PARAGRAPH_ELEMENTS + 1))


def test_a_story_nested_short_of_the_parsers_depth_is_read():
    # html, body, article and the divs: the story's level is one below the parser's last
    article = extract_article(nested(constants.HTML_PARSER_DEPTH - 4))
    assert article.text.startswith("The harbour board voted on Monday")


def test_a_page_nested_as_deep_as_the_parser_reads_is_refused_not_cut(no_extraction):
    with pytest.raises(UnreadablePage, match="nests its HTML 256 elements deep"):
        extract_article(nested(constants.HTML_PARSER_DEPTH))


def test_a_refused_html_file_is_named_in_the_reply():
    with pytest.raises(ArticleError, match=r"^ferry\.html has a paragraph of 5,000 HTML elements"):
        article_from_upload("ferry.html", paragraph_of(5_000))
