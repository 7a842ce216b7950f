""" "How old is X?" reads an age by a description or a title that can only be X's: "The 67-year-old killer"
after a sentence naming X and someone whose own age it gives ("40-year-old Sam Reid"), and "the princess,
67," of Princess Ingrid when no one else the article names is a princess."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

KILLER = parse_article(
    "Dock killer jailed for life\n\n"
    "A man who killed three dock workers has been jailed for life.\n\n"
    "Gordon Pell's first victim was 40-year-old Sam Reid, a former friend of Pell. "
    "The 67-year-old killer had kept Reid's watch.\n\n"
    "Pell pleaded guilty at Eastport Crown Court.\n"
)


def test_a_description_after_someone_else_aged_is_the_other_one():
    result = answer_question(KILLER, "How old is Pell?")
    assert result.answer is not None and "67-year-old killer" in result.answer
    assert "40-year-old Sam Reid" in (answer_question(KILLER, "How old is Sam Reid?").answer or "")


def test_a_description_after_two_unaged_people_stays_unsure():
    article = parse_article(
        "Dock killer jailed\n\n"
        "A man who killed a dock worker has been jailed.\n\n"
        "Gordon Pell attacked Sam Reid outside a pub in March. The 67-year-old killer told police he had no "
        "memory of the night.\n"
    )
    assert answer_question(article, "How old is Pell?").answer is None


PRINCESS = parse_article(
    "Princess opens hospital wing\n\n"
    "Princess Ingrid Falk opened the new wing of Eastport hospital on Friday.\n\n"
    "Crowds cheered as the princess, 67, cut the ribbon. She has been the hospital's patron since 1990.\n"
)


def test_an_age_beside_the_title_is_the_title_holders():
    for question in ("how old is princess ingrid falk", "How old is Ingrid Falk?", "how old is falk"):
        result = answer_question(PRINCESS, question)
        assert result.answer is not None and "the princess, 67," in result.answer, question


def test_an_age_beside_a_title_two_people_hold_is_no_ones():
    article = parse_article(
        "Royals open hospital wing\n\n"
        "Princess Ingrid Falk and Princess Maja Falk opened the new wing of Eastport hospital on Friday.\n\n"
        "Crowds cheered as the princess, 67, cut the ribbon.\n"
    )
    result = answer_question(article, "How old is Ingrid Falk?")
    assert result.answer is None or "67" not in result.answer
