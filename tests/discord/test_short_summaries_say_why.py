"""/summary of a short article gives fewer sentences than asked when the rest are quotations or pieces
of them; the reply says so, so one sentence for three asked does not look like a fault."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.discord import embeds
from tests.core.summary.test_no_quotation_pieces import FERRY


def _heading(asked: int) -> str:
    article = parse_article(FERRY)
    reply = embeds.summary_reply(api.summary(article, asked), embeds.Frame.of(article), article, asked=asked)
    embed = reply.pages[0].to_dict()
    return embed["author"]["name"] if "author" in embed else embed["title"]


def test_fewer_sentences_than_asked_say_why():
    assert _heading(3) == f"Summary: 1 key sentence ({embeds.FEWER_SENTENCES})"


def test_as_many_as_asked_say_nothing_more():
    assert _heading(1) == "Summary: 1 key sentence"
