"""ask: the other names reference prose gives a thing ("referred to as", "entitled", "(wet)"), and
questions asking for one with the question word after the naming verb."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import ALIAS, answer_type_score, classify

_KILNS = parse_article(
    "Title: Lime kilns\n\n"
    "Lime kilns burn chalk or limestone to make quicklime for mortar and for the fields.\n\n"
    "A flare kiln was often shared by several farms, and a kind of flare kiln stood in most villages.\n\n"
    "A draw kiln is sometimes referred to as a running kiln as it is loaded from the top as it burns.\n\n"
    "Flare (batch) kilns are emptied and loaded again after every burn, which wastes much of their heat.\n\n"
    "Most kilns on the coast closed after cement replaced lime mortar.\n"
)


def test_referred_to_as_gives_another_name():
    assert (
        answer_type_score(ALIAS, "A draw kiln is sometimes referred to as a running kiln.", {"kiln"}) == 1.0
    )


def test_entitled_gives_a_work_s_name():
    assert answer_type_score(ALIAS, "She wrote a memoir entitled Burning Lime.", {"memoir"}) == 1.0


def test_a_question_word_after_the_naming_verb_asks_for_another_name():
    assert classify("A flare kiln is also referred to as what kind of kiln?").kind == ALIAS


def test_a_short_aside_after_the_asked_word_gives_its_other_name():
    text = "Flare (batch) kilns are emptied and loaded again after every burn."
    assert answer_type_score(ALIAS, text, {"flare", "kiln", "kilns"}) == 1.0


def test_an_aside_pointing_elsewhere_or_a_party_label_is_no_other_name():
    assert answer_type_score(ALIAS, "The flare kiln (described above) is small.", {"flare", "kiln"}) == 0.0
    assert answer_type_score(ALIAS, "Sen. Ada Holt (D) visited the kiln.", {"holt"}) == 0.0


def test_the_other_name_in_an_aside_answers_what_a_thing_is_also_called():
    result = answer_question(_KILNS, "A flare kiln is also referred to as what kind of kiln?")
    assert result.answer is not None
    assert "Flare (batch) kilns" in result.answer


def test_the_name_referred_to_answers_what_a_thing_is_called():
    result = answer_question(_KILNS, "What is a draw kiln sometimes called?")
    assert result.answer is not None
    assert "running kiln" in result.answer


def test_another_term_or_word_asks_for_another_name():
    assert classify("What is another term for a flare kiln?").kind == ALIAS
    assert classify("What is another word for quicklime?").kind == ALIAS


def test_or_rather_gives_another_name():
    text = 'Burners spoke of "drawing the kiln" or rather, emptying the kiln from below.'
    assert answer_type_score(ALIAS, text, {"emptying", "kiln"}) == 1.0


_LONG_KILN = parse_article(
    "Title: Lime kilns\n\n"
    "Lime kilns burn chalk or limestone to make quicklime for mortar and for the fields.\n\n"
    "Because a single burner usually tends the fire through the night and cannot see the whole charge at "
    "once, a draw kiln that is loaded too quickly from the top, before the lower layers have burned "
    "through, chokes on its own smoke and suffers what burners call a dead draw (the 'smother'), which "
    "can spoil several days of work.\n\n"
    "Most kilns on the coast closed after cement replaced lime mortar.\n"
)


def test_a_long_answer_keeps_the_aside_giving_the_other_name_asked_for():
    result = answer_question(_LONG_KILN, "What is another term for a dead draw?")
    assert result.tier == 1
    assert "smother" in result.answer
