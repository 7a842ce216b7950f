"""A question whose only link to the article is the word it asks its kind of answer with ("worth",
"cost", "located") gets the sentence holding that word and a thing of that kind as the closest
passage: the article may tell it in its own words ("watches" for "the stolen goods")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

RAID = parse_article(
    "Jeweller raided in Kessling\n\n"
    "Two men forced their way into a jeweller's on Kessling High Street on Saturday evening.\n\n"
    "They escaped on a motorbike with rings and watches worth an estimated £80,000.\n\n"
    "Police have appealed for witnesses.\n"
)


def test_the_sentence_with_the_kind_word_and_a_sum_is_the_closest_passage():
    result = answer_question(RAID, "How much were the stolen goods worth?")
    assert result.tier == 2
    assert result.passage.paragraph == 2
    assert "£80,000" in result.passage.text


def test_a_kind_word_without_a_thing_of_that_kind_is_no_passage():
    article = parse_article(
        "Museum reopens\n\nThe museum reopened on Monday after a year of repairs.\n\n"
        "Curators said the new wing was worth the wait.\n"
    )
    result = answer_question(article, "How much were the paintings worth?")
    assert result.tier == 3
