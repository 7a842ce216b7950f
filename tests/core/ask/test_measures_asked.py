""" "How long did the final take?" wants a length of time: "The 27-year-old from Lagos beat ..." says how
old she is; "How long is the boat?" is not answered by what the boat weighs. A weight still measures what
"How heavy ...?" asks, and a height in feet and inches ("6'1\"") what "How tall ...?" asks."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import answer_type_score, classify

FINAL = parse_article(
    "Okafor wins the Harbour Open\n\n"
    "The 27-year-old from Lagos beat Anke Moll in straight sets in the final on Sunday to take her third"
    " title.\n\n"
    "Moll, who was playing her 15th career final, said she had been tired.\n\n"
    "A crowd of 4,000 watched the match.\n"
)
BOAT = parse_article(
    "Rowers cross the Tasman\n\n"
    "Four rowers from Dunmore reached New Zealand on Friday after crossing the Tasman Sea.\n\n"
    "Their boat, the Gull, is the lightest ever to make the crossing and weighs 800kg when loaded.\n\n"
    "Skipper Ada Frey, who is 6'1\", said the crossing was the hardest thing she had done.\n"
)


def _measured(question: str, text: str, words: set[str]) -> float:
    return answer_type_score(classify(question).kind, text, words)


def test_an_age_does_not_say_how_long_something_took():
    assert answer_question(FINAL, "How long did the final take?").answer is None


def test_a_weight_does_not_say_how_long_a_thing_is():
    assert answer_question(BOAT, "How long is the boat?").answer is None


def test_a_weight_still_measures_how_heavy():
    assert _measured("How heavy is the boat?", "The Gull weighs 800kg when loaded.", {"heavy", "boat"}) == 1


def test_feet_and_inches_measure_how_tall():
    assert _measured("How tall is Ada Frey?", "Ada Frey, who is 6'1\", said so.", {"tall", "frey"}) == 1
