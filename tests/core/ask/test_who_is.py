"""'Who is X?' when the people registry knows X only by a bare title ("Rep." makes "representative"):
the sentence that introduces X says more, when there is one."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.people import with_determiner
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
    assert result.answer == "Colm Barry is a former scheduling aide to the ferry company."


def test_someones_role_is_answered_by_the_person_the_registry_gives_that_role_in_other_words(hearing):
    # "An attorney for Barry, Nina Holt": the lawyer asked for is the attorney.
    result = answer_question(hearing, "Who is Barry's lawyer?")
    assert result.answer == "Nina Holt is an attorney for Barry."


def test_nobody_with_that_role_of_that_person_leaves_the_question_to_the_ranking(hearing):
    result = answer_question(hearing, "Who is Tolley's lawyer?")
    assert result.kind != "person"


def test_a_role_opening_with_a_possessive_takes_no_article():
    assert with_determiner("Robert's son") == "Robert's son"
    assert with_determiner("attorney for Barry") == "the attorney for Barry"


def test_a_role_opening_with_a_plain_nouns_possessive_takes_the():
    assert with_determiner("company's chief executive") == "the company's chief executive"


def test_someones_job_is_their_role_in_the_registry(hearing):
    result = answer_question(hearing, "What is Colm Barry's job?")
    assert result.answer == "Colm Barry is a former scheduling aide to the ferry company."


def test_a_relation_is_no_job():
    article = parse_article(
        "Kent baker wins prize\nThe baker Ada Frost won the county prize on Monday.\n"
        'Her husband, Tom Frost, said she had baked since dawn. "She never stops," Tom Frost said.\n'
    )
    result = answer_question(article, "What is Tom Frost's job?")
    assert result.answer != "Tom Frost is the husband."


@pytest.fixture(scope="module")
def officers():
    return own_article("ask_ranked_titles.txt")


def test_a_rank_before_the_name_gives_way_to_the_apposition_that_says_what_the_person_is(officers):
    # "Air Commodore Ruth Penn, a former head of the coastguard": the rank alone says less.
    result = answer_question(officers, "Who is Ruth Penn?")
    assert result.tier == 1
    assert "a former head of the coastguard" in result.answer


def test_a_rank_is_the_answer_when_no_apposition_describes_the_person(officers):
    result = answer_question(officers, "Who is Tom Reed?")
    assert result.answer == "Tom Reed is the Rear Admiral."


def test_a_role_word_in_lower_case_right_before_the_name_introduces_it():
    # "according to valuation experts Harrow Metrics": the sentence says who they are, though it
    # names no one else (a who-answer otherwise needs a new name).
    article = own_article("ask_souvenir_sales.txt")
    result = answer_question(article, "Who is Harrow Metrics?")
    assert result.tier == 1
    assert "valuation experts Harrow Metrics" in result.answer


def test_a_bare_title_gives_way_to_an_introduction_the_ranking_scores_low():
    # "Its president, Gordon Lisle, a retired engineer, called the decision ..." ranks below the
    # confidence an answer needs, but the registry knows whom the question asks about.
    result = answer_question(own_article("ask_water_rates.txt"), "who is gordon lisle")
    assert result.tier == 1
    assert "a retired engineer" in result.answer


def test_someones_role_with_a_modifier_is_not_answered_by_a_person_whose_role_lacks_it():
    article = parse_article(
        "Campaign ads\n\nThe Holt campaign will air radio ads next week, said Mara Lind, Holt's digital "
        "director. The campaign declined to say how much it would spend.\n"
    )
    result = answer_question(article, "Who is Holt's campaign manager?")
    assert result.kind != "person"
    director = answer_question(article, "Who is Holt's digital director?")
    assert director.answer == "Mara Lind is Holt's digital director."


def test_a_role_before_an_abbreviated_title_introduces_the_person():
    article = parse_article(
        "Debate night\n\nThe debate in Salem drew a record audience on Tuesday.\n\n"
        "Viewers said the Democratic vice presidential nominee Sen. Ada Holt, D-Ore., was calm. "
        'Holt later spoke to reporters. "It went well," Holt said.\n'
    )
    result = answer_question(article, "who is ada holt")
    assert result.tier == 1 and "Democratic vice presidential nominee" in result.answer


def test_a_role_opening_with_a_full_names_possessive_takes_no_article():
    assert with_determiner("Hillary Clinton’s campaign manager") == "Hillary Clinton’s campaign manager"
