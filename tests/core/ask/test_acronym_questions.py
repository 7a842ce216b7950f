"""'What is the JCWI?', 'Who are the CSOs?', 'What does the IADB do?' of an acronym the article spells
out: the sentence spelling it out answers, as it does 'What does JCWI stand for?'."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question


@pytest.fixture(scope="module")
def wardens():
    return parse_article(
        "Title: Wardens get new powers\n\nNew powers for Neighbourhood Safety Wardens (NSWs) came into "
        "force on Monday across the county.\n\nNSWs can now hand out fines for littering, the council "
        "said.\n\nThe Riverside Tenants Association said it welcomed the change. But campaign group the "
        "Riverside Tenants Association (RTA) warned that the wardens needed more training. Ola Brent of "
        "the RTA said the group would watch the scheme closely.\n\nThe scheme is paid for by the "
        "North-West Development Agency (NWDA), which gave £2m.\n"
    )


def test_what_is_an_acronym_is_the_sentence_spelling_it_out(wardens):
    result = answer_question(wardens, "What is the RTA?")
    assert result.tier == 1
    assert "Riverside Tenants Association (RTA)" in result.answer


def test_who_are_a_plural_acronym_is_the_sentence_spelling_it_out(wardens):
    result = answer_question(wardens, "Who are the NSWs?")
    assert result.tier == 1
    assert "Neighbourhood Safety Wardens (NSWs)" in result.answer


def test_an_acronym_typed_in_lower_case_is_one_the_article_writes_in_capitals(wardens):
    result = answer_question(wardens, "what does the rta do")
    assert result.tier == 1
    assert "Riverside Tenants Association (RTA)" in result.answer


def test_a_hyphenated_spelling_is_found(wardens):
    result = answer_question(wardens, "What does NWDA stand for?")
    assert result.tier == 1
    assert "North-West Development Agency" in result.answer


def test_a_singular_acronym_asked_of_the_articles_plural_stands_for_it(wardens):
    result = answer_question(wardens, "What does NSW stand for?")
    assert result.tier == 1
    assert "Neighbourhood Safety Wardens" in result.answer


def test_an_acronym_the_article_never_spells_out_gets_no_spelling(wardens):
    result = answer_question(wardens, "What is the PCSO?")
    assert result.tier != 1
