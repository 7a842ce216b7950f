"""A question about what is still to come ("When will the Terminal 2 expansion be finished?") is not
answered by a time opening a clause told in the past tense ("This month, Larkport awarded a contract for
the expansion"): that time dates a deed already done."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

AIRPORT = parse_article(
    "Title: Larkport airport named best again\n\n"
    "Larkport Airport has been named the world's best airport for a third year, the survey said.\n\n"
    "The airport handles 5,000 flights a week by 80 airlines. This month, Larkport awarded a $234 million "
    "construction contract for the expansion of Terminal 2.\n\n"
    "Travellers praised its gardens and cinema.\n"
)

OPENING = parse_article(
    "Title: Library to open\n\n"
    "On Tuesday, the council said the new library on Mill Street will open in May.\n\n"
    "Travellers praised the plans.\n"
)


def test_a_time_of_a_past_deed_dates_nothing_still_to_come():
    result = answer_question(AIRPORT, "When will the Terminal 2 expansion be finished?")
    assert result.answer is None


def test_a_time_still_to_come_answers():
    result = answer_question(OPENING, "When will the new library open?")
    assert result.answer is not None
    assert "May" in result.answer
