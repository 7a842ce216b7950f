"""A who-question's role acronym ("CEO", "CFO") asks about the role, as its title written out would:
never "The article doesn't mention CEO." of an article naming the company's incoming head in other
words."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

MERGER = parse_article(
    "Brewers agree merger\n\n"
    "Two regional brewers, Harlow Ales and Kettle Brewing, agreed on Monday to merge.\n\n"
    "Dana Price will head the combined group.\n\n"
    "The deal is worth £40m.\n"
)


def test_a_role_acronym_the_article_lacks_is_asked_as_the_role():
    result = answer_question(MERGER, "Who will be CEO?")
    assert not result.missing
    assert result.passage is not None and "Dana Price" in result.passage.text


def test_a_role_acronym_the_article_writes_out_still_answers():
    article = parse_article("Brewers merge\n\nDana Price will be chief executive of the combined group.\n")
    result = answer_question(article, "Who will be CEO?")
    assert result.tier == 1 and "Dana Price" in result.answer


def test_another_acronym_the_article_lacks_is_still_said_missing():
    assert answer_question(MERGER, "What did the IMF say?").missing == ("IMF",)


def test_a_role_acronym_taken_as_given_is_still_said_missing():
    # "What did the CEO say?" presumes a chief executive; "Who will be CEO?" asks who it is.
    assert answer_question(MERGER, "What did the CEO say?").missing == ("CEO",)
