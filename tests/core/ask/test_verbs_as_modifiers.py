"""A who-question's progressive verb ("Who is Ray dating?") is not told by the same word modifying a noun:
"his fondness for the Tinder dating app" names a thing, not whom he is dating."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.modifiers import asks_progressive_verb, only_as_modifier

DATING = "Who is Ray Coe dating?"


def test_a_verb_before_a_noun_after_a_determiner_tells_no_deed():
    assert only_as_modifier(DATING, ["Fans joked about Coe's fondness for the Tinder dating app."])
    assert only_as_modifier(DATING, ["Coe's dating life has made headlines."])


def test_the_verb_said_of_someone_tells_the_deed():
    assert not only_as_modifier(DATING, ["Coe is dating the singer Ida Moss."])
    assert not only_as_modifier(DATING, ["Coe, who dated Ida Moss, joined the Tinder dating app."])


def test_only_a_who_questions_progressive_verb_is_read():
    assert asks_progressive_verb("Who is bidding for the club?") == "bidding"
    assert asks_progressive_verb("Who is the drug trafficking gang's leader?") is None
    assert asks_progressive_verb("What is market timing?") is None


def test_whom_someone_is_dating_is_not_answered_by_a_dating_app():
    article = parse_article(
        "Title: Coe's slip on air\n\n"
        "Former bowler Ray Coe was criticised on Sunday for his questions to players after the final. "
        "Some viewers joked about Coe's fondness for the Tinder dating app, which has put the former "
        "bowler in the headlines in recent months.\n"
    )
    assert answer_question(article, DATING).tier != 1
