"""'Who is X?' when the people registry knows X only by a bare title ("Rep." makes "representative"):
the sentence that introduces X says more, when there is one."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def hearing():
    return own_article("ask_bare_titles.txt")


def test_a_bare_title_gives_way_to_the_sentence_introducing_the_person(hearing):
    # "Rep. Ann Tolley of Kent, the committee's senior Democrat": a place may stand before the apposition.
    result = answer_question(hearing, "who is ann tolley")
    assert result.tier == 1
    assert "the committee's senior Democrat" in result.answer


def test_a_bare_title_is_the_answer_when_no_sentence_introduces_the_person(hearing):
    result = answer_question(hearing, "Who is Joe Marsh?")
    assert result.answer == "Joe Marsh is the representative."


def test_a_role_of_several_words_is_the_answer(hearing):
    result = answer_question(hearing, "Who is Colm Barry?")
    assert result.answer == "Colm Barry is the former scheduling aide to the ferry company."
