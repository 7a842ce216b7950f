"""ask.withheld: a sentence saying the thing asked about was not identified ("an alleged murder weapon,
which was not publicly identified", "an unidentified third officer") does not say what or who it is."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.withheld import left_unidentified

VAN = (
    "Kelby man charged\n\n"
    "Police charged a Kelby man with murder on Tuesday.\n\n"
    "A search of the man's van found an alleged murder weapon, which was not publicly identified; inside his "
    "home was a bag with a glove and duct tape.\n"
)


def test_a_thing_left_unidentified_does_not_answer_what_it_was():
    result = answer_question(parse_article(VAN), "What was the murder weapon?")
    assert result.answer is None


def test_what_was_found_is_still_answered():
    answer = answer_question(parse_article(VAN), "What was found in the van?").answer
    assert answer is not None and "murder weapon" in answer


def test_which_uses_leave_the_thing_unidentified():
    assert left_unidentified(
        "Who was the third officer?", ["She was attacked by an unidentified third officer."]
    )
    assert not left_unidentified("What was the weapon?", ["Police said the weapon was a kitchen knife."])
