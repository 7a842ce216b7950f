"""A sentence that ends on the thing asked and only announces it ("... recalls her parting shot.") is
answered together with the quotation after it, which says it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

SCHOOL_GATE = parse_article(
    "A seven-year-old girl from Dunmore has become a hit online after telling her mother how she answered "
    "a classmate who teased her about her glasses. Wearing her school blazer, Isla Brennan describes the "
    "playground in detail and pulls a face at the camera. Then the little girl, still holding her lunch "
    "box, recalls her parting shot. 'See you never, you are making me cross!' Her mother said she had "
    "always been quick with words.\n"
)


def test_an_announcing_sentence_is_answered_with_the_quotation_after_it():
    result = answer_question(SCHOOL_GATE, "What was Isla's parting shot?")
    assert result.tier == 1
    assert "recalls her parting shot. 'See you never, you are making me cross!'" in result.answer


BELL = parse_article(
    "Visitors to Dunmore can now climb the old harbour tower for the first time in a decade. The "
    "evening light falls on the great bell of Dunmore. 'We only close the stairs when the wind is "
    "too strong,' said the keeper. Tickets cost two pounds.\n"
)


def test_a_sentence_naming_the_thing_asked_is_answered_alone():
    result = answer_question(BELL, "What falls on the great bell of Dunmore?")
    assert result.tier == 1
    assert result.answer.endswith("The evening light falls on the great bell of Dunmore.")


FERRY = parse_article(
    'The Dunmore harbour board on Tuesday announced its plan. "We have waited long enough for this," '
    "said board member Colm Reddy. The plan would add a second ferry to the islands.\n"
)


def test_a_quotation_given_to_its_speaker_is_not_taken_for_the_thing_announced():
    result = answer_question(FERRY, "What is the harbour board's plan?")
    assert "waited long enough" not in (result.answer or "")


KILN = parse_article(
    'Potter Ines Varga says her new kiln has one flaw still to fix. "It cracks every third bowl I fire," '
    "she said. The kiln cost her four thousand pounds.\n"
)


def test_a_quotation_the_announcer_goes_on_to_say_is_the_thing_announced():
    result = answer_question(KILN, "What flaw does Ines Varga still have to fix?")
    assert "It cracks every third bowl" in result.answer
