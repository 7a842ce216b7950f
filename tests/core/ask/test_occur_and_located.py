""" "occur" says no more than "happen", and "located" or "situated" no more than "is": "How many strokes
occur per cycle?" is answered by "Its full working cycle takes three strokes ...", "In which hall is the
pump located?" by "... where it stands in the main hall", though neither sentence repeats the verb."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

PUMP = parse_article(
    "How the Brenmoor pump works\n\n"
    "The Brenmoor pump was built in 1871 for the mines of the Kelby valley.\n\n"
    "Its full working cycle takes three strokes of the piston and one turn of the wheel.\n\n"
    "The pump was moved to a museum in Dunmore in 1952, where it stands in the main hall.\n\n"
    "Visitors can see it running on the first Sunday of every month.\n"
)


def _answer(question: str) -> str | None:
    return answer_question(PUMP, question).answer


def test_occur_asks_no_word_of_its_own():
    for question in ("How many strokes occur per cycle?", "How many strokes occur?"):
        answer = _answer(question)
        assert answer is not None and "three strokes" in answer


def test_what_occurred_is_what_happened():
    answer = _answer("What occurred in 1952?")
    assert answer is not None and "moved to a museum" in answer


def test_located_asks_where_it_is():
    answer = _answer("In which hall is the pump located?")
    assert answer is not None and "main hall" in answer
    answer = _answer("In what valley were the mines located?")
    assert answer is not None and "Kelby valley" in answer


def test_a_located_thing_still_needs_its_own_words():
    # "located" asks nothing of its own, the garden still has to be there: no answer about a garden.
    assert _answer("In which garden is the pump located?") is None
