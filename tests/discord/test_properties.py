"""Property tests across both layers: whatever is typed and whatever the article holds, the
command layer's result renders as Discord replies within every limit, never pinging anyone."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import api
from bot.core.article import parse_article
from bot.core.errors import ArticleBotError, ArticleError
from bot.discord import embeds
from tests.core.test_properties import ARTICLE_TEXT, QUERY_TEXT
from tests.discord.checks import limit_problems

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def replies(article, query: str) -> list[embeds.Reply]:
    title = article.title
    built = [
        embeds.summary_reply(api.summary(article, 10), title),
        embeds.speakers_reply(api.speakers(article), title),
        embeds.about_reply(api.about(article)),
    ]
    calls = {
        "quote": lambda: embeds.quote_reply(api.quote(article, query), title),
        "lookup": lambda: embeds.lookup_reply(api.lookup(article, query, 25), title),
        "ask": lambda: embeds.answer_reply(api.ask(article, query), title),
    }
    for call in calls.values():
        # The tree's error handler answers ArticleBotError; its messages are tested there.
        with contextlib.suppress(ArticleBotError):
            built.append(call())
    return built


def assert_within_limits(reply: embeds.Reply) -> None:
    assert reply.pages
    for embed in reply.pages:
        message = {"embeds": [embed.to_dict()], "allowed_mentions": {"parse": []}}
        assert limit_problems(message) == []


@FAST
@given(query=QUERY_TEXT)
def test_every_reply_to_any_query_fits_discord(bundled, query):
    for reply in replies(bundled, query):
        assert_within_limits(reply)


@FAST
@given(text=ARTICLE_TEXT, query=QUERY_TEXT)
def test_every_reply_about_any_article_fits_discord(text, query):
    try:
        article = parse_article(text)
    except ArticleError:
        return
    for reply in replies(article, query):
        assert_within_limits(reply)


@FAST
@given(word=st.text(min_size=1, max_size=30))
def test_long_article_of_one_repeated_paragraph_fits_discord(word):
    article = parse_article(("The council met again today and " + word + ". ") * 3000)
    for reply in replies(article, "council"):
        assert_within_limits(reply)
