"""Questions after a particular thing ("Which advisers...?", "Who came up with the X method?"): a
sentence that only mentions the thing, or names nothing but the question's own name, is no answer."""

from __future__ import annotations

import pytest

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import HOW_MANY, WHAT, WHO, answer_type_score, classify
from bot.core.ask.which import asked_thing, names_the_noun, names_which
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


@pytest.fixture(scope="module")
def harbour():
    return own_article("ask_harbour_appeal.txt")


def test_which_things_are_not_answered_by_a_sentence_that_names_none_of_them(harbour):
    result = answer_question(harbour, "Which advisers is the board preparing the appeal with?")
    assert result.tier == 2
    assert "a number of advisers" in result.passage.text


def test_which_things_are_answered_by_a_sentence_naming_them_beside_the_word(harbour):
    result = answer_question(harbour, "Which engineers did the board hire?")
    assert result.tier == 1
    assert "engineers Ana Ruiz and Tom Bell" in result.answer


def test_a_name_after_a_possessive_belongs_to_what_is_possessed(harbour):
    # "the court's head, Maria Lenz": Lenz is the head, the court stays unnamed.
    result = answer_question(harbour, "Which court is hearing the appeal?")
    assert result.tier == 2


def test_the_thing_asked_for_ends_before_the_verb():
    assert asked_thing("Which rival drug dealers were the targets?") == ("rival", "drug", "dealer")
    assert asked_thing("In which city did they meet?") == ("city",)
    assert asked_thing("What did the court rule?") == ()


def test_a_number_before_the_mention_says_nothing_about_it():
    sentence = "The appeal will be heard by five judges rather than 11 because the court's chief judge left."
    assert not names_which("Which court is hearing the appeal?", [sentence])


def test_a_sentence_not_mentioning_the_thing_may_name_it_outright():
    question = "Which club is interested in Johnson?"
    assert names_which(question, ["Johnson has attracted interest from Roma.", "I want to play for a club."])
    assert not names_which(question, ["I want to play for a club that wants me."])


@pytest.fixture(scope="module")
def keepers():
    return own_article("ask_keeper_illness.txt")


def test_what_thing_someone_had_is_not_answered_by_a_sentence_that_only_says_it_was_theirs(keepers):
    # "Orme got through his illness": which illness, the article does not say.
    result = answer_question(keepers, "What illness did Orme have?")
    assert result.tier == 2


def test_what_thing_someone_had_is_answered_when_a_name_follows_it(keepers):
    result = answer_question(keepers, "What illness did Lee Pike have?")
    assert result.tier == 1
    assert "Crohn's disease" in result.answer


def test_a_passage_turned_down_for_naming_none_reports_less_confidence_than_any_answer(harbour):
    # The sentence matches every word ("a number of advisers"), but names no adviser: no answer, so its
    # confidence (what eval/ask_eval.py ranks questions by) stays below the tier-1 threshold.
    result = answer_question(harbour, "Which advisers is the board preparing the appeal with?")
    assert result.tier == 2
    assert result.confidence < constants.ASK_HIGH_CONFIDENCE


@pytest.fixture(scope="module")
def mayor():
    return own_article("ask_mayor_speech.txt")


def test_a_party_word_beside_the_noun_names_none_of_them(mayor):
    # "two Democratic speechwriters": a party, not their names.
    result = answer_question(mayor, "What are the names of the two speechwriters?")
    assert result.tier == 2


def test_a_name_beside_the_noun_still_answers_a_name_question(mayor):
    result = answer_question(mayor, "What is the name of the mayor's spokeswoman?")
    assert result.tier == 1
    assert "Mara Quist" in result.answer


def test_one_before_the_thing_asked_for_leaves_it_unnamed(mayor):
    # "One Republican threatened ...": which one, the article does not say.
    result = answer_question(mayor, "Which Republican threatened to make the treasurer testify?")
    assert result.tier == 2


def test_a_thing_specified_before_it_still_answers_which(mayor):
    result = answer_question(mayor, "Which committee questioned the treasurer?")
    assert result.tier == 1
    assert "finance committee" in result.answer


def test_the_thing_asked_for_ends_before_a_verb_of_saying():
    assert asked_thing("Which Republican said the treasurer could be made to testify?") == ("republican",)


def test_which_before_an_amount_noun_asks_which_one_not_how_much():
    assert classify("Which bill did the committee try to kill?").kind == WHAT
    assert classify("Which rate did the bank raise?").kind == WHAT


def test_what_before_an_amount_noun_still_asks_how_much():
    assert classify("What was the fine?").kind == HOW_MANY
    assert classify("Which was the highest rate?").kind == HOW_MANY


def test_which_bill_is_answered_by_the_sentence_naming_the_bill():
    article = parse_article(
        "Minister quits over benefits vote\n"
        "The minister admitted that his department had tried to kill the Carers Bill in 2019.\n"
        "He resigned on Monday after a vote of 312 to 290 went against him.\n",
        "carers-bill",
    )
    result = answer_question(article, "Which bill did his department try to kill?")
    assert result.tier == 1
    assert "Carers Bill" in result.answer


def test_a_name_joined_to_the_thing_by_a_preposition_of_place_does_not_name_it():
    # "on TV and in film" names no film: "TV" is another medium beside it.
    sentence = "Despite her nomination, she had few other lead roles and worked on TV and in film."
    assert not names_which("Which film was she nominated for?", [sentence])


def test_a_name_before_the_thing_still_names_it():
    assert names_which("Which country won?", ["Japan was the country that won the most medals."])


def test_which_office_owned_by_a_role_is_not_named_by_the_bare_office():
    # "Which sheriff's office ...?" asks for the office's name; "the sheriff's office said" names none.
    article = parse_article(
        "(CNN)Two men were hurt in a shooting at a beach party late on Friday, police said. "
        "The shooting was one of four firearms incidents of the night, the sheriff's office said. "
        "Both men were taken to a hospital in Marlow and are expected to recover.",
        "beach-party",
    )
    assert asked_thing("Which sheriff's office is it?") == ("sheriff", "office")
    result = answer_question(article, "Which sheriff's office is it?")
    assert result.tier != 1


def test_a_sentence_naming_nothing_does_not_name_the_thing_beside_one_mentioning_it_unnamed():
    question = "Which sheriff's office is it?"
    unnamed = "The shooting was one of four incidents of the night, the sheriff's office said."
    assert not names_which(question, ["Officials did not mention a motive.", unnamed])
    assert names_which(question, ["The Marlow County office took the call.", unnamed])


def test_a_name_before_one_of_its_kind_names_the_thing():
    # "Seibu Railways, one of his companies": the words opening the phrase keep the name in reach.
    sentence = "He was accused of fraud at Harwell Railways, one of his companies."
    assert names_which("Which company did he defraud?", [sentence])


def test_a_name_in_a_phrase_of_its_own_before_the_noun_is_not_its_name():
    # "found Ada Holt at her father's house": Holt is found, the father is not named.
    sentence = "Officers found Ada Holt at her father's house in Marlow, a police spokeswoman said."
    assert not names_the_noun("What is her father's name?", [sentence])
    sentence = "Home Secretary Tom Lee said the victim was 31 years old."
    assert not names_the_noun("What is the name of the victim?", [sentence])


def test_an_owner_before_the_noun_and_a_day_after_it_are_not_its_name():
    sentence = "Holt's boyfriend on Monday afternoon called police to say she was missing."
    assert not names_the_noun("What is the boyfriend's name?", [sentence])
    assert names_the_noun("What is the boyfriend's name?", ["Her boyfriend, Sam Reed, called police."])


def test_a_name_question_about_an_unnamed_relative_is_answered_by_the_closest_passage():
    article = parse_article(
        "(CNN)A missing nurse has been found safe. Officers found Ada Holt at her father's house in Marlow, "
        "a police spokeswoman said. Holt had been reported missing on Monday.",
        "nurse-found",
    )
    assert answer_question(article, "What is her father's name?").tier != 1


def test_what_kind_of_thing_is_not_answered_by_a_sentence_mentioning_it_bare():
    question = "What kind of nuts were served?"
    assert not names_which(question, ["The steward who served the nuts was sacked."])
    assert names_which(question, ["The steward served macadamia nuts in a bag."])


def test_what_kind_of_thing_is_answered_by_words_describing_it_after_the_noun():
    sentence = "The board wants an approach to repairs that starts before the pier fails."
    assert names_which("What kind of approach does the board want?", [sentence])


def test_a_what_kind_question_about_a_thing_the_article_never_describes_gets_the_closest_passage():
    article = parse_article(
        "(CNN)A cabin steward has sued an airline over a row on a flight. The steward who served the nuts "
        "was told to kneel. The airline said it would fight the case in court.",
        "nut-row",
    )
    assert answer_question(article, "What kind of nuts were served?").tier != 1


def test_a_verb_s_complement_after_the_thing_says_nothing_of_its_kind():
    assert not names_which("What kind of nuts were served?", ["She served the nuts with a smile."])
    assert not names_which("What kind of car did he drive?", ["He drove the car to work."])
    assert names_which("What kind of car did he buy?", ["He bought a car with a diesel engine."])
