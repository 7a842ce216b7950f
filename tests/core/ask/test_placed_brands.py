"""ask.absence: a name made of a place and a plain word ("Peru Air") is missing from an article that writes
that word as a name only with others ("Condor Air", "Air Force") and never beside the place: "Peru's air
fleet" is no Peru Air."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

AIRLINE = (
    "Norland bans airline\n\n"
    "Norland on Monday banned Peruvian airline Condor Air from flying in the country, with officials "
    "saying this is for security reasons.\n\n"
    "Peru's air fleet is old, and many of its planes were bought before 1979. Condor Air is privately "
    "owned. The Air Force said it had no record of the planes.\n"
)


def test_a_place_and_a_word_named_only_with_others_is_missing():
    for question in ("Did Peru Air own the plane?", "Does Peru Air still fly to Norland?"):
        assert answer_question(parse_article(AIRLINE), question).missing == ("Peru Air",), question


def test_the_name_the_article_writes_is_not_missing():
    assert answer_question(parse_article(AIRLINE), "Does Condor Air fly to Peru?").missing == ()
