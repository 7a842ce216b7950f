"""Questions after a name ("What is the name of the charity?", "Who is the woman who...?"): only a
sentence that holds a name they do not ask with answers them; a place or a people is no one's name."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import NAME, answer_type_score, classify
from bot.core.ask.which import named_noun
from tests.conftest import own_article


@pytest.fixture(scope="module")
def clinic():
    return own_article("ask_clinic_names.txt")


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the charity?",
        "What's the name of the woman who sued the clinic?",
        "What was the nurse's name?",
        "Who is the woman who says the clinic turned her away?",
    ],
)
def test_a_question_after_a_name_is_of_the_name_kind(question):
    assert classify(question).kind == NAME


def test_a_name_question_is_not_answered_by_a_sentence_without_a_name(clinic):
    # The sentence about the charity matches every word of the question but never names it.
    result = answer_question(clinic, "What is the name of the charity?")
    assert result.tier == 2
    assert "local charity" in result.passage.text


def test_a_place_or_a_people_is_no_name_of_the_person_asked_for(clinic):
    # "A Welsh woman said she was turned away": who she is, the article does not say.
    result = answer_question(clinic, "Who is the woman who says the clinic turned her away?")
    assert result.tier == 2


def test_a_name_question_is_answered_by_the_sentence_that_names_it(clinic):
    result = answer_question(clinic, "What is the name of the senior nurse?")
    assert result.tier == 1
    assert "Hilda Marsh" in result.answer


def test_a_capitalised_word_opening_a_quotation_is_no_name():
    # "'Nobody wants to..." starts a sentence inside quotation marks.
    assert answer_type_score(NAME, "'Nobody wants to close the doors,' she said.", set()) == 0.0
    assert answer_type_score(NAME, "'Nobody wants to close the doors,' said Hilda Marsh.", set()) == 1.0


def test_the_name_of_a_noun_after_three_words_is_asked_of_that_noun():
    # "What is the name of West's Chicago art school?": the school, three words on.
    assert named_noun("What is the name of West's Chicago art school?") == "school"


def test_a_sentence_mentioning_the_school_without_its_name_does_not_answer_what_it_is_called():
    article = parse_article(
        "Singer's rise\n\n"
        "Leaving his Chicago art school after one year, Dane Morrow began producing songs for Mase.\n\n"
        "His debut album sold two million copies.\n"
    )
    assert answer_question(article, "What is the name of Morrow's Chicago art school?").tier != 1


def test_a_place_after_a_names_where_the_thing_is_not_its_name():
    # "a Leeds hospice" is one hospice in Leeds: "What was the name of the hospice?" is not answered.
    article = parse_article(
        "Poet dies\n\nThe poet Ruth Amsel has died at a Leeds hospice, her publisher said.\n\n"
        "She wrote eleven collections and taught in Bradford for thirty years.\n"
    )
    result = answer_question(article, "What was the name of the hospice?")
    assert result.tier == 2
    assert "Leeds hospice" in result.passage.text
