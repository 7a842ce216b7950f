"""A match report's labelled team sheet answers who was in goal, who was booked, when a goal came,
who came on for whom, the crowd and the referee; story sentences that only share a word do not."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.lineups import team_sheet

REPORT = parse_article(
    "Rovers edge county derby\n\n"
    "Harlow Rovers beat Kingsbridge Town 1-0 in a bad-tempered county derby at Mill Lane.\n\n"
    "Town had the first goal in their sights when Ned Kerr shot wide, and Tom Pell should have scored "
    "his own first goal of the season on 40 minutes. Dele Osei scored the winner after Pell's cross.\n\n"
    'Town boss Alan Reeve said: "We had the first goal to win and we let it go."\n\n'
    "Harlow: Byrne, Ames, Cole, Dunn, Evans, Fisk, Gage (Holt 70), Osei, Ince, Jory, Pell.\n\n"
    "Subs Not Used: Lamb, Mott.\n\n"
    "Booked: Ames, Fisk.\n\n"
    "Kingsbridge: Quinn, Rudd, Sole, Tate (Varley 61), Usher, Kerr, Wade, Yates, Zane, Abel, Boyce.\n\n"
    "Subs Not Used: Crewe.\n\n"
    "Booked: Kerr.\n\n"
    "Goals: Osei 57.\n\n"
    "Att: 4,218 Ref: P Dowling (Essex).\n"
)


def test_the_sheet_lists_each_side_with_its_own_bookings():
    sheet = team_sheet(REPORT)
    assert [side.name for side in sheet.sides] == ["Harlow", "Kingsbridge"]
    assert sheet.sides[1].lists["booked"].text == "Booked: Kerr."


def test_who_was_in_goal_is_the_first_name_of_that_sides_football_line():
    result = answer_question(REPORT, "Who was in goal for Kingsbridge?")
    assert result.tier == 1
    assert result.answer.startswith("Kingsbridge: Quinn,")


def test_when_a_player_scored_is_the_goals_line_not_a_sentence_saying_first_goal():
    result = answer_question(REPORT, "In what minute did Osei score?")
    assert result.tier == 1
    assert "Osei 57" in result.answer


def test_the_bookings_of_a_named_side_are_the_booked_line_after_its_team():
    result = answer_question(REPORT, "Which Harlow players were booked?")
    assert result.answer == "Booked: Ames, Fisk."


def test_why_a_player_was_booked_is_no_question_for_the_sheet():
    result = answer_question(REPORT, "Why was Kerr booked?")
    assert result.answer != "Booked: Kerr."


def test_the_attendance_is_the_att_line_not_a_word_the_article_never_uses():
    result = answer_question(REPORT, "What was the attendance?")
    assert result.tier == 1
    assert "4,218" in result.answer


def test_the_referee_is_the_ref_line():
    result = answer_question(REPORT, "Who was the referee?")
    assert "P Dowling" in result.answer


def test_who_came_on_for_a_player_is_his_sides_line_with_the_change():
    result = answer_question(REPORT, "who came on for gage")
    assert result.tier == 1
    assert "Gage (Holt 70)" in result.answer


def test_a_rugby_line_opening_with_the_full_back_names_no_goalkeeper():
    rugby = parse_article(
        "Wasps hold on\n\nWasps beat Sale 20-18 at Adams Park.\n\n"
        "Wasps: Lewis; Voyce, Abbott, Waters, Sackey; King, Dawson; Payne, Ward, Green, Shaw, Birkett, "
        "Worsley, O'Connor, Hart.\n"
    )
    assert team_sheet(rugby) is not None
    answer = answer_question(rugby, "Who was in goal for Wasps?")
    assert not (answer.answer or "").startswith("Wasps: Lewis")


def test_a_keeper_the_story_names_is_answered_by_that_sentence_not_the_sheet():
    article = parse_article(
        "Rovers edge county derby\n\n"
        "Harlow Rovers beat Kingsbridge Town 1-0 at Mill Lane. Kingsbridge keeper Sam Quinn made two fine "
        "saves before the break.\n\n"
        "Harlow: Byrne, Ames, Cole, Dunn, Evans, Fisk, Gage (Holt 70), Osei, Ince, Jory, Pell.\n\n"
        "Kingsbridge: Quinn, Rudd, Sole, Tate (Varley 61), Usher, Kerr, Wade, Yates, Zane, Abel, Boyce.\n\n"
        "Goals: Osei 57.\n"
    )
    result = answer_question(article, "Who was in goal for Kingsbridge?")
    assert result.tier == 1
    assert "Kingsbridge keeper Sam Quinn" in result.answer


def test_who_scored_for_a_side_is_the_goals_line_listed_under_its_team():
    result = answer_question(REPORT, "Who scored for Harlow?")
    assert result.tier == 1
    assert result.answer.startswith("Goals: Osei 57")


def test_a_side_named_with_a_possessive_is_that_side():
    result = answer_question(REPORT, "Who was Kingsbridge's goalkeeper?")
    assert result.tier == 1
    assert result.answer.startswith("Kingsbridge: Quinn,")
