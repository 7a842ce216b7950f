"""People asked about whom the article never names are said missing, however the question types them:
a surname the article has only inside another name ("the so-called Melbury Girls") is no mention of an
Anna Melbury, and a person typed in lower case is named, whole, before a missing thing."""

from __future__ import annotations

import pytest

from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def theatre():
    return own_article("ask_theatre_appeal.txt")


def test_a_surname_only_inside_another_name_is_no_mention_of_the_person(theatre):
    result = answer_question(theatre, "What does Anna Melbury think of the plans?")
    assert result.tier == 3
    assert result.missing == ("Anna Melbury",)


def test_a_person_the_article_names_in_full_is_still_answered(theatre):
    assert answer_question(theatre, "What did Tom Garrow say?").tier != 3


def test_a_lower_case_person_is_named_whole_before_a_missing_thing(theatre):
    result = answer_question(theatre, "was kate stroud in the audience")
    assert result.missing[0] == "kate stroud"


def test_a_lower_case_given_name_before_a_common_word_the_article_lacks_is_a_person(theatre):
    # Neither "john" nor "baker" is in the article: John Baker, though "baker" is a common word.
    assert answer_question(theatre, "was john baker at the gala").missing == ("john baker",)


def test_a_lower_case_person_the_article_names_is_still_answered(theatre):
    assert answer_question(theatre, "did tom garrow speak at the gala").tier != 3
