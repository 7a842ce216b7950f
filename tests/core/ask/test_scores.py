"""'What was the score?' is answered by the scoreline, not by a sentence where someone 'scored'."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.scores import scoreline

REPORT = parse_article(
    "Rovers reach the final\n\n"
    "Harlow Rovers reached the county cup final on Saturday, beating Kingsbridge Town 2-1 after "
    "extra time at Mill Lane.\n\n"
    "Striker Dele Osei scored the winner in the 108th minute from a cross by Sam Whitford.\n\n"
    "Harlow will face Eastfield United in the final on May 14.\n"
)

ROUNDUP = parse_article(
    "League One round-up\n\n"
    "Marston stay top of the table after a 2-1 win at Crale on Tuesday night.\n\n"
    "Tobias Venn scored the only goal of the game as Wexley beat Penfold 1-0.\n\n"
    "Elsewhere Garrow and Tinley drew 1-1.\n"
)


def test_the_score_is_the_ledes_scoreline_not_a_sentence_where_someone_scored():
    result = answer_question(REPORT, "What was the score?")
    assert result.tier == 1
    assert "2-1" in result.answer


def test_the_score_of_a_named_match_is_the_scoreline_beside_that_team():
    result = answer_question(ROUNDUP, "what was the score in the marston game")
    shown = result.answer or result.passage.text
    assert "2-1 win at Crale" in shown
    assert "Venn" not in shown


def test_a_first_scoreline_after_the_lede_is_only_the_closest_passage():
    article = parse_article(
        "Club news\n\nThe club opened a new stand on Friday. Fans queued for hours. "
        "The mayor cut the ribbon.\n\nIn the evening the first team lost 0-2 to Crale.\n"
    )
    found = scoreline(article, "What was the final score?")
    assert found is not None and not found[1]


def test_years_and_dates_are_no_scoreline():
    article = parse_article("Budget\n\nThe council set its 2015-16 budget on 12/10/2015.\n")
    assert scoreline(article, "What was the score?") is None


def test_a_score_during_the_match_is_not_the_result():
    article = parse_article(
        "Harlow win at home\n\n"
        "Sam Pike scored all of Harlow's points as they beat Corby at Mill Road on Saturday.\n\n"
        "Pike's try helped Harlow to an 8-3 lead at half-time. Two late penalties sealed a 17-12 win.\n"
    )
    found = scoreline(article, "What was the final score?")
    assert found is not None
    assert "17-12" in found[0].text


def test_a_match_report_headlined_with_its_result_answers_the_score_with_the_headline():
    article = parse_article(
        "Harlow 17-12 Corby\n\n"
        "Sam Pike scored all of Harlow's points as they beat Corby at Mill Road on Saturday.\n\n"
        "Pike's try helped Harlow to an 8-3 lead at half-time.\n"
    )
    result = answer_question(article, "What was the final score?")
    assert result.answer == "Harlow 17-12 Corby"
    assert result.sources[0].part == "headline"


HALF_TIME = parse_article(
    "Harlow 20-20 Corby\n\n"
    "Corby wing Tom Lyle scored twice but could not stop Harlow snatching a draw at Mill Road.\n\n"
    "Harlow were 14-3 down at the break before Sam Pike led the fightback. A late try from Ben Ward "
    "levelled the scores.\n"
)


def test_the_half_time_score_is_the_scoreline_the_report_gives_at_the_break():
    result = answer_question(HALF_TIME, "What was the half-time score?")
    assert result.tier == 1
    assert "14-3 down at the break" in result.answer


def test_the_score_at_the_break_asked_another_way_is_the_same_scoreline():
    result = answer_question(HALF_TIME, "what was the score at half time")
    assert result.tier == 1
    assert "14-3" in result.answer


def test_a_tennis_reports_set_scores_are_the_result_wherever_they_stand():
    article = parse_article(
        "Kovac battles into final\n\n"
        "Second seed Ana Kovac came through a long battle with Mira Stein to reach the Perth final.\n\n"
        "Kovac lost the first set. She broke twice in the second. She then held her nerve to win "
        "4-6 6-3 7-5 and set up a meeting with Lea Brandt.\n"
    )
    result = answer_question(article, "What was the score?")
    assert result.tier == 1
    assert "4-6 6-3 7-5" in result.answer
