"""ask.doers.passive_doer: "Who approved the strike?" is answered by the sentence saying the strike was
approved by someone ("the strike, which was approved by President Ana Lobo"), not by one saying the verb
of another thing ("General Reed also approved the attacks on the embassy")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

DRONE = (
    "Norland drone kills general\n\n"
    "On Friday Norland forces killed General Tom Reed, head of the Harbor Guard, in a drone strike near "
    "the airport.\n\n"
    "In a statement released after the attack, the Norland defence ministry justified the strike, which "
    'was approved by President Ana Lobo, as "defensive" in nature: "At the direction of the President, the '
    "military has taken decisive defensive action to protect our people abroad by killing Tom Reed, the "
    "head of the Harbor Guard. General Reed was actively developing plans to attack our diplomats in the "
    "region. He had orchestrated attacks on our bases over the last several months. General Reed also "
    "approved the attacks on the Norland embassy that took place this week. This strike was aimed at "
    'deterring future attack plans."\n'
)


def test_the_thing_done_by_someone_in_the_passive_answers_who_did_it():
    result = answer_question(parse_article(DRONE), "Who approved the strike?")
    assert "Ana Lobo" in (result.answer or result.passage.text)


def test_the_verb_said_of_the_thing_asked_answers_as_before():
    text = DRONE.replace("General Reed also approved the attacks", "President Lobo also approved the strike")
    result = answer_question(parse_article(text), "Who approved the strike?")
    assert result.answer is not None and "Lobo" in result.answer
