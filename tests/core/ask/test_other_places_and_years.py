"""A sentence about another country or another year answers nothing about the one asked: "What did
Sweden announce?" is not answered by "Norway announced ...", nor "... in 1983?" by a sentence of 1976;
the place or year asked, in any of its forms, still answers."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.elsewhere import dated_otherwise, placed_otherwise
from bot.core.ask.engine import answer_question
from bot.core.search.index import build_index

DISPUTE = parse_article(
    "Title: The North Sea fishing dispute\n\n"
    "The dispute began in 1961 when several nations claimed wider fishing limits.\n\n"
    "On 3 May 1962, Norway announced that it would close its waters to foreign trawlers. Denmark joined "
    "the ban a week later. At the time, Sweden had the largest fleet in the region.\n\n"
    "In 1964 a convention set limits of twelve miles.\n\n"
    "The 1976 agreement was a prelude to the common fisheries policy. Its quotas were argued over for "
    "years. By 1983 the fleets had shrunk by half.\n\n"
    "Monks of the 11th century fished the same grounds with nets.\n\n"
    "The dispute is still taught in schools.\n"
)
INDEX = build_index(DISPUTE)
TITLE = DISPUTE.title


def test_a_sentence_about_another_country_is_no_answer():
    result = answer_question(DISPUTE, "What did Sweden announce on 3 May 1962?")
    assert result.answer is None
    assert "Norway announced" in result.passage.text


def test_the_country_asked_about_answers():
    result = answer_question(DISPUTE, "What did Norway do on 3 May 1962?")
    assert result.answer is not None and "Norway announced" in result.answer


def test_a_people_is_its_country():
    text = ["The French government closed its ports."]
    assert not placed_otherwise(INDEX, TITLE, "What did France close?", text)
    assert not placed_otherwise(INDEX, TITLE, "What did the Israelis close?", ["Israel closed its ports."])


def test_a_capital_stands_for_its_country():
    assert not placed_otherwise(INDEX, TITLE, "What did China announce?", ["Beijing announced new limits."])
    assert not placed_otherwise(INDEX, TITLE, "What did Moscow announce?", ["Russia announced new limits."])


def test_a_country_the_article_is_about_may_go_unsaid():
    assert not placed_otherwise(
        INDEX, "Fishing in Sweden", "What did Sweden announce?", ["Norway announced it."]
    )


def test_a_where_question_is_answered_by_a_place_inside_the_one_asked():
    text = ["They lived in Los Angeles before moving back to England."]
    assert not placed_otherwise(INDEX, TITLE, "Where did they live in the US?", text)


def test_a_sentence_of_another_year_is_no_answer():
    result = answer_question(DISPUTE, "What was a prelude to the common fisheries policy in 1983?")
    assert result.answer is None
    assert "The 1976 agreement" in result.passage.text


def test_a_year_inside_the_decade_asked_answers():
    result = answer_question(DISPUTE, "What was a prelude to the common fisheries policy in the 1970s?")
    assert result.answer is not None and "1976" in result.answer


def test_the_1100s_are_not_the_11th_century():
    assert dated_otherwise(
        TITLE, "Who fished there in the 1100s?", ["Monks of the 11th century fished there."]
    )
    assert not dated_otherwise(
        TITLE, "Who fished there in the 1000s?", ["Monks of the 11th century fished there."]
    )


def test_a_year_of_the_title_may_go_unsaid():
    assert not dated_otherwise(
        "The 1961 dispute", "What ended the 1961 dispute?", ["The 1964 convention ended it."]
    )


def test_counts_and_amounts_are_no_years():
    assert not dated_otherwise(
        TITLE, "How many boats sailed in 1962?", ["In all 1,500 boats sailed, 1200-tonne ones."]
    )
    assert not dated_otherwise(
        TITLE, "How large was the fleet by 2008?", ["It stood at 2.3 million as of 2008, up."]
    )
