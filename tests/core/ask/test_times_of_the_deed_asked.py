"""A when-question is dated by the sentence telling the deed asked, not by a neighbour that only names the
person asked: "... an execution date set for March 19. Since then his lawyers showed he was a minor at the
time of his arrest." says nothing of when he was arrested; nor is "Since then" a time of its own."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHEN, answer_type_score

STAY = parse_article(
    "Title: Execution stayed again\n\n"
    "Tom Reyes was due to be hanged on Tuesday. Two months later, another death warrant was issued for "
    "Reyes, with an execution date set for March 19. Since then Reyes's lawyers handed in a plea of "
    "clemency with documents showing the inmate was a minor at the time of his arrest. The court will "
    "rule next week.\n"
)


def test_a_time_beside_the_name_only_dates_no_deed_told_in_the_next_sentence():
    result = answer_question(STAY, "When was Reyes arrested?")
    assert result.tier != 1


def test_a_time_pointing_back_to_another_sentence_dates_nothing_by_itself():
    text = "Since then his lawyers showed he was a minor at the time of his arrest."
    assert answer_type_score(WHEN, text, {"reyes", "arrested", "arrest"}) == 0.0


def test_a_neighbour_naming_only_the_person_lends_no_time():
    court = parse_article(
        "Title: Court drama\n\n"
        "Ana Reyes spoke to reporters outside the court in Dorford on Monday. Reyes was arrested by "
        "police for contempt of court.\n"
    )
    assert answer_question(court, "When was Reyes arrested?").tier != 1


def test_the_deed_and_its_time_in_one_sentence_still_answer():
    court = parse_article(
        "Title: Court drama\n\n"
        "Ana Reyes spoke to reporters outside the court. She was arrested on Monday for contempt of court.\n"
    )
    result = answer_question(court, "When was Ana Reyes arrested?")
    assert result.tier == 1
    assert "on Monday" in result.answer
