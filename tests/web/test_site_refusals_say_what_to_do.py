"""What a link the site refuses is answered: the status by its standard name and what to do next,
never the site's own reason phrase (a hostile site fills it with pings, markup or kilobytes); and a
page the extractor cannot parse leaves no extractor error lines in the log, only the one reply."""

from __future__ import annotations

import logging

import pytest

from bot.web.errors import FetchError, NoArticleText, PageTooLarge
from bot.web.fetch import fetch_page, status_reply
from bot.web.pages import read_link


async def refusal(news_site, test_policy, path: str) -> str:
    with pytest.raises(FetchError) as refused:
        await fetch_page(f"{news_site}{path}", test_policy)
    return str(refused.value)


async def test_a_missing_page_says_to_check_the_link(news_site, test_policy):
    assert await refusal(news_site, test_policy, "/status/404") == (
        "The site answered 404 (Not Found); check the link."
    )


async def test_a_failing_site_says_to_try_again_later(news_site, test_policy):
    assert (await refusal(news_site, test_policy, "/status/503")).endswith("; try again later.")


@pytest.mark.parametrize("status", [408, 425])
def test_a_timeout_or_too_early_says_to_try_again_later(status):
    assert status_reply(status).endswith("; try again later.")


async def test_a_page_closed_to_bots_says_to_add_the_articles_text_as_a_file(news_site, test_policy):
    reply = await refusal(news_site, test_policy, "/status/403")
    assert reply.startswith("The site answered 403 (Forbidden); it may not let a bot read it")
    assert "save the article's text as a .txt file" in reply


async def test_the_sites_own_reason_phrase_is_never_repeated(news_site, test_policy):
    reply = await refusal(news_site, test_policy, "/status/410")
    assert "@everyone" not in reply and "<@123>" not in reply and len(reply) < 100


async def test_a_page_too_large_says_to_add_the_articles_text_as_a_file(news_site, test_policy):
    with pytest.raises(PageTooLarge, match=r"save the article's text as a \.txt file"):
        await fetch_page(f"{news_site}/huge", test_policy)


async def test_an_empty_page_leaves_no_extractor_errors_in_the_log(news_site, test_policy, caplog):
    caplog.set_level(logging.INFO)
    with pytest.raises(NoArticleText):
        await read_link(f"{news_site}/empty", test_policy)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("trafilatura")] == []
