"""What an article says about itself: a headline or only a lede, and a web address."""

from __future__ import annotations

from bot.core.article.model import parse_article

BODY = "The harbour reopened on Tuesday after months of repairs to the wall.\n"


def test_a_title_line_is_a_headline():
    article = parse_article("Title: Harbour reopens\n\n" + BODY)
    assert article.title == "Harbour reopens" and article.has_headline


def test_a_title_taken_from_the_lede_is_not_a_headline():
    assert not parse_article(BODY).has_headline


def test_front_matter_url_is_the_articles_address():
    article = parse_article("---\ntitle: Harbour\nurl: https://example.org/h\n---\n" + BODY)
    assert article.url == "https://example.org/h"


def test_a_source_line_with_a_web_address_is_the_articles_address():
    assert parse_article("Source: https://example.org/h\n\n" + BODY).url == "https://example.org/h"


def test_an_article_read_from_a_web_page_has_that_address():
    assert parse_article(BODY, source="https://example.org/page").url == "https://example.org/page"


def test_a_source_that_is_not_an_address_gives_none():
    assert parse_article("Source: Reuters\n\n" + BODY).url is None
