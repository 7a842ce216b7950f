"""'What is EB-5?' is answered only by a sentence that says what the acronym or code is (defines it,
spells it out, or gives it as another name); one that only uses it in a name is the closest passage."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question


@pytest.fixture(scope="module")
def tractors():
    return parse_article(
        "Title: Tractor rally\n\nOwners of vintage tractors gathered in Penhallow on Saturday for the county "
        "rally.\n\nMara Lisle, who chairs the KT-40 Owners Club, said the club's members had restored "
        "thirty machines this year.\n\nThe rally also raised money for the Rural Skills Trust, known as the "
        "RST, which trains young mechanics.\n\nThe VT-9 is a tracked tractor built in small numbers in the "
        "1950s.\n"
    )


def test_a_code_used_only_in_a_name_is_not_said_to_be_anything(tractors):
    result = answer_question(tractors, "What is KT-40?")
    assert result.tier == 2


def test_an_acronym_given_as_another_name_is_answered(tractors):
    result = answer_question(tractors, "What is the RST?")
    assert result.tier == 1
    assert "Rural Skills Trust" in result.answer


def test_a_code_the_sentence_defines_is_answered(tractors):
    result = answer_question(tractors, "What is the VT-9?")
    assert result.tier == 1
    assert "tracked tractor" in result.answer
