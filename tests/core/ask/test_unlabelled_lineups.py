"""A match report's team sheet copied without its labels ("Harlow:", "Goals:", "Att:", "Ref:", which
were page markup) still answers the crowd, the referee, who came on for whom and a scorer's minute:
the lines keep their order, a side's players first, its scorers after, a bare crowd figure and the
referee's name with his county closing the sheet."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.lineups import team_sheet

STORY_AND_SHEET = (
    "Harlow Rovers beat Kingsbridge Town 2-0 in a bad-tempered county derby at Mill Lane.\n\n"
    "Town had chances when Ned Kerr shot wide on the hour. Dele Osei scored after Tom Pell's cross and "
    "Pell added a second late on.\n\n"
    "Byrne, Ames, Cole, Dunn, Evans, Fisk, Gage (Holt 70), Osei, Ince, Jory, Pell.\n\n"
    "Subs Not Used: Lamb, Mott.\n\n"
    "Osei 57, Pell 88.\n\n"
    "Quinn, Rudd, Sole, Tate (Varley 61), Usher, Kerr (capt), Wade, Yates, Zane, Abel, Boyce.\n\n"
    "Subs Not Used: Crewe.\n\n"
    "4,218.\n\n"
    "P Dowling (Essex).\n"
)
REPORT = parse_article("Rovers edge county derby\n\n" + STORY_AND_SHEET)
# A result headline names the home side first, as the sheet lists it first.
RESULT = parse_article("Harlow 2-0 Kingsbridge\n\n" + STORY_AND_SHEET)

PLAIN = parse_article(
    "Club opens new stand\n\n"
    "Harlow Rovers opened their new stand at Mill Lane on Saturday before a friendly.\n\n"
    "The club thanked its builders and fans.\n\n"
    "P Dowling (Essex).\n"
)


def test_an_unlabelled_sheet_lists_both_sides_in_order():
    sheet = team_sheet(REPORT)
    assert [side.players[0] for side in sheet.sides] == ["Byrne", "Quinn"]


def test_the_attendance_is_the_bare_number_line_after_the_sides():
    result = answer_question(REPORT, "What was the attendance?")
    assert result.tier == 1
    assert "4,218" in result.answer


def test_the_referee_is_the_name_line_closing_the_sheet():
    result = answer_question(REPORT, "Who was the referee?")
    assert result.tier == 1
    assert "P Dowling" in result.answer


def test_where_the_referee_is_from_is_his_county_in_brackets():
    result = answer_question(REPORT, "Where is the referee from?")
    assert result.tier == 1
    assert "Essex" in result.answer


def test_who_replaced_a_player_is_his_sides_unlabelled_line():
    result = answer_question(REPORT, "Who replaced Tate?")
    assert result.tier == 1
    assert "Tate (Varley 61)" in result.answer


def test_a_scorers_minute_is_the_unlabelled_scorers_line():
    result = answer_question(REPORT, "In what minute did Pell score?")
    assert result.tier == 1
    assert "Pell 88" in result.answer


def test_a_name_line_ending_an_article_without_a_sheet_is_no_referee():
    assert team_sheet(PLAIN) is None
    assert answer_question(PLAIN, "Who was the referee?").answer != "P Dowling (Essex)."


def test_a_result_headline_names_the_unlabelled_sides_home_first():
    assert [side.name for side in team_sheet(RESULT).sides] == ["Harlow", "Kingsbridge"]


def test_who_was_in_goal_for_a_side_named_by_the_headline_is_its_lines_first_name():
    result = answer_question(RESULT, "Who was in goal for Kingsbridge?")
    assert result.tier == 1
    assert result.answer.startswith("Quinn, Rudd,")


def test_without_a_result_headline_the_unlabelled_sides_stay_unnamed():
    assert [side.name for side in team_sheet(REPORT).sides] == ["", ""]


def test_who_refereed_the_match_is_the_referee_line():
    result = answer_question(REPORT, "Who refereed the match?")
    assert result.tier == 1
    assert "P Dowling" in result.answer


def test_who_captained_a_side_is_its_line_marking_the_captain():
    result = answer_question(RESULT, "Who captained Kingsbridge?")
    assert result.tier == 1
    assert "Kerr (capt)" in result.answer
