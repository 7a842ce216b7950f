""" "before the conquest" says the opposite of "after the conquest", and "fled to the coast" of "fled from
the coast": a sentence holding every word of the question but tying its thing the other way round is
no answer ("Who came into contact with the islanders after the conquest?" of "Even before the conquest,
the traders had come into contact with the islanders"); the sentence saying it the question's way is."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.directions import turned_round
from bot.core.ask.engine import answer_question

HARBOUR = parse_article(
    "The traders of Kelby Bay\n\n"
    "Even before the conquest of the Kelby valley, the Brenmoor traders had come into contact with the "
    "islanders.\n\n"
    "In 1310, several monks of Saint Aldo fled to the coast, where they built a chapel of stone.\n\n"
    "The chapel still stands above the harbour and is open on Sundays.\n"
)


def test_before_is_no_answer_to_after():
    result = answer_question(HARBOUR, "Who came into contact with the islanders after the conquest?")
    assert result.answer is None


def test_to_is_no_answer_to_from():
    result = answer_question(HARBOUR, "Who fled from the coast?")
    assert result.answer is None


def test_the_same_way_round_answers():
    result = answer_question(HARBOUR, "Who fled to the coast?")
    assert result.answer is not None and "monks of Saint Aldo" in result.answer
    result = answer_question(HARBOUR, "Who came into contact with the islanders before the conquest?")
    assert result.answer is not None and "Brenmoor traders" in result.answer


def test_words_that_tie_no_place_or_time():
    # "from getting" names no place; "Sydney to London" has no verb before "to".
    assert not turned_round("What stops people from getting tested?", ["It allows people to get tested."])
    assert not turned_round("Can it fly back from Sydney to London?", ["It can fly from Sydney to London."])
    # A sentence that also says it the question's way answers it.
    assert not turned_round(
        "What happened after the vote?", ["Before the vote, the council met. After the vote, it adjourned."]
    )
