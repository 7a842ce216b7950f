"""Things a question takes for granted with no determiner before them: a bare plural ("Did the police
use dogs?"), the object of a named subject's verb ("Did Brown mention insurance?") and what "How many"
counts. Each is named as missing when the article has it in no form, never when it has it in another."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.absence import thing_phrases
from bot.core.ask.bare_things import verb_object
from bot.core.ask.engine import answer_question
from tests.conftest import own_article


@pytest.fixture(scope="module")
def farm():
    return own_article("ask_farm_search.txt")


def test_a_bare_plural_object_the_article_never_mentions_is_named(farm):
    result = answer_question(farm, "Did the police use dogs?")
    assert result.tier == 3
    assert result.missing == ("dogs",)


def test_a_bare_plural_subject_the_article_never_mentions_is_named(farm):
    result = answer_question(farm, "Were horses stolen?")
    assert result.tier == 3
    assert result.missing == ("horses",)


def test_the_object_of_a_named_subjects_verb_is_named_not_the_name_and_its_verb(farm):
    result = answer_question(farm, "Did Brown mention insurance?")
    assert result.tier == 3
    assert result.missing == ("insurance",)


def test_names_joined_by_and_are_one_subject_before_the_verb(farm):
    result = answer_question(farm, "Did Tom and Ellen have children?")
    assert result.tier == 3
    assert result.missing == ("children",)


def test_what_how_many_counts_is_named_when_never_mentioned(farm):
    result = answer_question(farm, "How many cows does the farm have?")
    assert result.tier == 3
    assert result.missing == ("cows",)


def test_a_plural_the_article_has_in_the_singular_is_not_missing(farm):
    result = answer_question(farm, "Did the police use drones?")
    assert result.tier != 3
    assert result.missing == ()


def test_a_plural_with_a_describing_word_the_article_has_is_looked_for_whole(farm):
    # "medical expenses": "bills" alone is missing, "medical bills" is not a thing the article lacks.
    assert "medical bills" in thing_phrases("Will Reade have more medical bills?")
    result = answer_question(farm, "Will Reade have more medical bills?")
    assert result.tier != 3


def test_a_peoples_word_before_a_plural_starts_the_subject_not_a_name_and_its_verb():
    assert verb_object(["Did", "Greek", "farmers", "protest"]) == []
    assert verb_object(["Did", "Brown", "mention", "insurance"]) == ["insurance"]


def test_a_someones_name_is_no_subject_before_a_verb():
    assert verb_object(["Did", "Judy", "Bell's", "husband", "comment"]) == []


def test_others_stand_for_people_already_named_and_are_no_thing():
    assert "others" not in thing_phrases("were others arrested with him")


def test_an_irregular_plural_is_found_in_its_singular():
    article = parse_article("Title: Farm\n\nA goose was killed by a fox on the farm.\n")
    assert answer_question(article, "Were geese killed?").missing == ()
