"""A hyphenated name typed in lower case ("ocasio-cortez") is a name the article may lack, named whole when
missing, with a given name typed before it ("alexandria ocasio-cortez"); a compound of common words
("mix-up", "low-cost") is none."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

WALL = parse_article(
    "Wall funding\n\n"
    "The president said on Friday he may declare a national emergency to fund a wall on the border.\n\n"
    "Nancy Pelosi, the Speaker of the House, said the wall was immoral.\n"
)


def test_a_hyphenated_name_the_article_lacks_is_said_missing():
    result = answer_question(WALL, "did ocasio-cortez comment on the wall")
    assert result.tier == 3
    assert result.missing == ("ocasio-cortez",)


def test_a_given_name_before_it_is_said_with_it():
    result = answer_question(WALL, "did alexandria ocasio-cortez vote for pelosi")
    assert result.missing == ("alexandria ocasio-cortez",)


def test_a_compound_of_common_words_is_no_name():
    assert "low-cost" not in answer_question(WALL, "what did pelosi say about the low-cost wall").missing
