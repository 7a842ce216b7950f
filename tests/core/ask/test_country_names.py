"""A country asked by another of its news names is there: "Britain" is the article's "UK", "America"
its "USA"; never "the article doesn't mention Britain"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

PLAYER = parse_article(
    "Title: New music player\n\n"
    "The new player comes in two versions - one with 512mb of storage for $99 (£69 in the UK) and a "
    "second with one gigabyte for $149.\n\n"
    "It went on sale in the USA on Tuesday.\n"
)


def test_britain_is_the_articles_uk():
    result = answer_question(PLAYER, "How much is the 512mb player in Britain?")
    assert not result.missing
    assert "£69 in the UK" in (result.answer or result.passage.text)


def test_america_is_the_articles_usa():
    assert not answer_question(PLAYER, "When did it go on sale in America?").missing
