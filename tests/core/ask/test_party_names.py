"""A party asked by its short name is the article's full one: the "Lib Dems" are its "Liberal
Democrats", the "Tories" its "Conservatives"; never "the article doesn't mention Lib Dems"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

PAY = parse_article(
    "Title: Pay plan\n\n"
    "The government plans to raise maternity pay to nine months.\n\n"
    "The Conservatives dismissed the plan as desperate, while the Liberal Democrats said it was "
    "misdirected.\n"
)


def test_lib_dems_are_the_liberal_democrats():
    result = answer_question(PAY, "What did the Lib Dems say about it?")
    assert not result.missing
    assert "misdirected" in (result.answer or result.passage.text)


def test_tories_are_the_conservatives():
    assert not answer_question(PAY, "What did the Tories say about the plan?").missing
