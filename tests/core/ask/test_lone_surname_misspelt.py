"""A lone surname typed one slip from the one the article gives a person ("who is anderson" of "Kristian
Andersen") asks about that person, as the quote registry reads it: never "doesn't mention anderson"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

STUDY = parse_article(
    "Virus spreads like flu\n\n"
    "Doctors in Eastport said the virus may spread much as influenza does.\n\n"
    'Immunologist Kristian Andersen of the Harbor Institute said, in response to the study, "This virus is '
    'clearly more capable of spreading than any we have seen."\n'
)


def test_a_lone_surname_one_slip_away_is_the_person():
    for question in ("who is anderson", "Who is Anderson?", "What did Anderson say?"):
        result = answer_question(STUDY, question)
        assert not result.missing, question
        assert "Andersen" in (result.answer or ""), question


def test_a_short_or_unknown_surname_is_still_missing():
    assert answer_question(STUDY, "Who is Petersen?").missing
    article = parse_article("Fire at mill\n\nFire crews led by Tom Kerr put out a blaze on Monday.\n")
    assert answer_question(article, "Who is Kerry?").missing
