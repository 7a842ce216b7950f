"""The three tiers of `ask`: an answer, the closest passage, or what the article never mentions."""

from __future__ import annotations

import pytest

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask import not_mentioned
from bot.core.ask.absence import missing_names
from bot.core.ask.engine import answer_question
from bot.core.search.index import build_index
from tests.conftest import own_article


@pytest.fixture(scope="module")
def summit():
    return own_article("ask_summit_talks.txt")


def test_a_clear_question_is_answered_in_tier_one(summit):
    result = answer_question(summit, "Where will the Group of 20 leaders meet?")
    assert result.tier == 1
    assert "Lisbon" in result.answer
    assert result.confidence >= constants.ASK_HIGH_CONFIDENCE


def test_a_relevant_but_unsure_match_shows_the_closest_passage(summit):
    result = answer_question(summit, "What will the summit discuss?")
    assert result.tier == 2
    assert result.answer is None
    assert result.passage.paragraph == 3
    assert result.confidence < constants.ASK_HIGH_CONFIDENCE


def test_a_person_the_article_never_mentions_is_named(summit):
    result = answer_question(summit, "What did Angela Merkel say about the summit?")
    assert result.tier == 3
    assert result.missing == ("Angela Merkel",)
    assert not_mentioned(result) == "The article doesn't mention Angela Merkel."


def test_who_is_an_absent_person_in_lower_case_is_named(summit):
    result = answer_question(summit, "who is angela merkel")
    assert result.tier == 3
    assert result.missing == ("angela merkel",)


def test_a_number_the_article_never_gives_is_named(summit):
    assert answer_question(summit, "Did 9 countries sign the accord?").missing == ("9",)


def test_several_missing_names_are_listed(summit):
    result = answer_question(summit, "Did Boris Johnson meet Emmanuel Macron?")
    assert not_mentioned(result) == "The article doesn't mention Boris Johnson or Emmanuel Macron."


def test_a_question_the_article_has_no_word_of_names_them_as_typed(summit):
    result = answer_question(summit, "Quidditch: why so popular?")
    assert result.tier == 3
    assert result.missing == ("Quidditch", "popular")


def test_tiers_have_levels(summit):
    questions = ("Where will the Group of 20 leaders meet?", "What will the summit discuss?", "Who is Tusk?")
    levels = [answer_question(summit, q).level for q in questions]
    assert levels == ["high", "medium", "none"]


# --- nothing is declared absent before every normalisation -----------------------------------


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("What did Maria Costa say?", "any part of a known name"),
        ("What did the IMF warn?", "an acronym the article spells out"),
        ("What did the North Atlantic Treaty Organization say?", "an expansion of an acronym it uses"),
        ("When will the G20 meet?", "an acronym of a name with a number"),
        ("Did 7 countries sign the accord?", "digits for a number word"),
        ("How long did the Heatwave last?", "a compound the article writes apart"),
        ("Who is Georgeiva?", "a typo"),
        ("What did Kristalina Georgieva's fund say?", "a possessive"),
    ],
)
def test_a_name_is_present_in_any_form(summit, question, why):
    assert missing_names(build_index(summit), question) == (), why


def test_an_acronym_finds_the_sentence_that_spells_it_out(summit):
    result = answer_question(summit, "What did the IMF warn?")
    assert "International Monetary Fund warned" in (result.answer or result.passage.text)
    assert result.question == "What did the IMF warn?"  # the reply echoes what was typed


def test_an_acronym_spelling_a_function_word_finds_the_sentence_that_spells_it_out():
    # "WHO" folds to the question word "who": without its expansion the question asked nothing.
    clinic = parse_article(
        "Clinic opens\n\n"
        "A new malaria clinic opened in Kisumu on Monday.\n\n"
        "The World Health Organization said the clinic would treat 40,000 patients a year."
    )
    result = answer_question(clinic, "What did the WHO say?")
    assert "World Health Organization said" in (result.answer or result.passage.text)


def test_the_capitalised_first_word_of_a_question_is_not_a_name(summit):
    assert missing_names(build_index(summit), "Name the venue of the talks.") == ()


def test_capitalised_question_words_are_not_names():
    article = own_article("ask_summit_talks.txt")
    assert missing_names(build_index(article), "What Did The Officials Say On Monday?") == ()


# --- who is X, in any case; answers that open with a pronoun ----------------------------------


def test_who_is_answers_a_name_typed_in_lower_case(summit):
    result = answer_question(summit, "who is helena costa")
    assert result.tier == 1
    assert "Helena Costa is the finance minister" in result.answer


def test_who_is_answers_the_bundled_article_in_lower_case(bundled):
    result = answer_question(bundled, "who is xi")
    assert result.tier == 1
    assert "Xi Jinping" in result.answer


def test_an_answer_opening_with_a_pronoun_carries_the_sentence_it_refers_to(summit):
    result = answer_question(summit, "Why was the summit postponed?")
    assert result.answer.startswith("The summit was first planned for March. It was postponed")


def test_a_pronoun_does_not_reach_into_another_paragraph_for_a_thing():
    article = own_article("ask_summit_talks.txt")
    result = answer_question(article, "Where will the talks be held?")
    assert result.answer.startswith("The talks will be held at the Belem Cultural Centre")


def test_an_indefinite_pronoun_is_never_named_as_missing(summit):
    result = answer_question(summit, "Has anyone resigned?")
    assert result.tier == 3
    assert result.missing == ("resigned",)


def test_a_missing_word_typed_in_lower_case_is_quoted_as_a_term(summit):
    result = answer_question(summit, "Has anyone resigned?")
    assert not_mentioned(result) == "The article doesn't mention “resigned”."


def test_a_number_with_thousands_separators_is_named_whole():
    article = parse_article(
        "Title: T\n\nThe marathon drew 12,000 runners on Sunday, organisers said.\n\n"
        "The race raised money for the city's hospital.\n"
    )
    assert answer_question(article, "Did 30,000 runners take part?").missing == ("30,000",)
    assert answer_question(article, "Did 12,000 runners take part?").missing == ()


def test_a_word_only_the_headline_uses_is_not_called_missing():
    article = parse_article(
        "Title: Rovers snatch late winner at Castleford\n\n"
        "Harbour Rovers beat Castleford Town 2-1 on Saturday after Sam Reyes headed in from a corner.\n\n"
        "The home side had led through a penalty before the break.\n"
    )
    result = answer_question(article, "Who got the winner?")
    assert result.tier == 2
    assert result.passage.paragraph == 1


def test_a_word_the_headline_uses_in_another_form_is_not_called_missing():
    article = parse_article(
        "Title: Coastal towns evacuated as winds reach 90mph\n\n"
        "About 300 people left their homes in Borth on Saturday as Storm Hollis hit the coast.\n\n"
        "Gusts of 90mph were recorded at Capel Curig, forecasters said.\n"
    )
    result = answer_question(article, "What is the wind speed?")  # the headline says "winds"
    assert result.missing == ()
    assert result.tier == 2


@pytest.fixture(scope="module")
def chase():
    return own_article("ask_border_chase.txt")


def test_a_when_question_is_not_answered_by_a_sentence_giving_no_time(chase):
    # "detained Tomas Varga after a long chase" holds every word of the question but no date or day.
    result = answer_question(chase, "When did police detain Varga?")
    assert result.tier == 2
    assert "detained Tomas Varga" in result.passage.text


def test_a_how_many_question_is_answered_by_the_sentence_giving_the_number(chase):
    result = answer_question(chase, "How many boxes was Varga carrying?")
    assert result.tier == 1
    assert "forty boxes" in result.answer
