"""HTML -> article text and metadata, on news pages written for the tests (no network)."""

from __future__ import annotations

import pytest

from bot.core import constants
from bot.core.article.html import NoArticleInHtml, TooManyElements, count_elements, extract_article
from tests.conftest import TEST_ARTICLES

FERRY = (TEST_ARTICLES / "web_ferry_strike.html").read_bytes()


def test_the_main_text_is_kept():
    assert "Talks are due to resume on Monday" in extract_article(FERRY).text


@pytest.mark.parametrize(
    "clutter",
    [
        "Subscribe for 1 euro",
        "Accept all cookies",
        "Cheap flights",
        "Sponsored",
        "Share this article",
        "Related stories",
        "Ten things to do",
        "Comments (3)",
        "bank holiday",
        "All rights reserved",
    ],
)
def test_navigation_ads_related_links_and_comments_are_left_out(clutter):
    assert clutter not in extract_article(FERRY).text


def test_title_author_date_and_canonical_url_come_from_the_page():
    article = extract_article(FERRY)
    assert (article.title, article.author, article.date, article.url) == (
        "Ferry crews strike over night rotas",
        "Maren Holt",
        "2026-03-14",
        "https://gazette.example/news/2026/03/14/ferry-crews-strike",
    )


def test_metadata_leaves_out_what_the_page_does_not_say():
    page = (
        b"<html><body><article>"
        + b"<p>"
        + b"A plain sentence about the weather. " * 10
        + b"</p></article></body></html>"
    )
    assert "author" not in extract_article(page).metadata()


def test_a_windows_1252_page_without_a_header_is_read_from_its_meta_charset():
    text = extract_article((TEST_ARTICLES / "web_library_vote.html").read_bytes()).text
    assert "€180,000" in text


def test_a_sign_in_page_has_no_article():
    with pytest.raises(NoArticleInHtml, match="no article text"):
        extract_article((TEST_ARTICLES / "web_no_article.html").read_bytes())


def test_an_empty_document_has_no_article():
    with pytest.raises(NoArticleInHtml):
        extract_article(b"")


def test_a_date_is_read_from_the_markup_not_from_the_story_text():
    page = (
        b"<html><body><article><p>"
        + b"The harbour wall was first built on 4 March 2014 and repaired in the spring. " * 6
        + b"</p></article></body></html>"
    )
    assert extract_article(page).date is None


def paragraphs_page(count: int) -> bytes:
    """A page of `count` short paragraphs (and its html, body and article elements)."""
    body = b"".join(b"<p>The ferry sailed at %d.</p>" % n for n in range(count))
    return b"<html><body><article>" + body + b"</article></body></html>"


def test_a_page_of_more_elements_than_a_news_page_is_refused_before_extraction(monkeypatch):
    import trafilatura

    def never(*args, **kwargs):
        raise AssertionError("extracted")

    monkeypatch.setattr(trafilatura, "bare_extraction", never)
    page = paragraphs_page(constants.MAX_PAGE_ELEMENTS)
    with pytest.raises(TooManyElements, match=r"That page has 30,003 HTML elements, .*at most 30,000\)"):
        extract_article(page)


def test_elements_are_counted_by_their_start_tags_not_their_end_tags_or_comparisons():
    assert count_elements("<p>a < b and 3<4</p><br/><!-- x --><IMG src=x>") == 3
