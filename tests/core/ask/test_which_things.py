"""Questions after a particular thing ("Which advisers...?", "Who came up with the X method?"): a
sentence that only mentions the thing, or names nothing but the question's own name, is no answer."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHO, answer_type_score
from tests.conftest import own_article


@pytest.fixture(scope="module")
def dryers():
    return own_article("ask_grain_dryers.txt")


def test_a_hyphenated_name_the_question_uses_is_no_new_name():
    sentence = "The Hale-Morrow method makes drying grain much cheaper than burning gas."
    # The question's words join the hyphenated name ("halemorrow"), as the search index does.
    assert answer_type_score(WHO, sentence, {"halemorrow", "method", "came"}) < 1.0


def test_who_came_up_with_a_named_method_is_not_answered_by_a_sentence_naming_only_the_method(dryers):
    result = answer_question(dryers, "Who came up with the Hale-Morrow method?")
    assert result.tier == 2
    assert "Hale-Morrow method makes" in result.passage.text
