"""The person a statement is by ("..., in a statement by Greta Lund, a campaign spokeswoman. She
continued, “…”") is whom the next she means, over the woman the statement is about and over a
woman quoted earlier."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Nora Pell, the Democratic candidate, raised $4 million in the second quarter.\n\n"
STATEMENT = (
    "Mr. Rusk's campaign said Ms. Pell is “largely dependent on out-of-state interests,” in a statement "
    "by Greta Lund, a campaign spokeswoman. She continued, “No amount of money can wash away her record.”"
)


def test_she_after_a_statement_by_a_woman_is_the_writer():
    assert speakers_of(LEAD + STATEMENT)[-1] == "Greta Lund"


def test_she_continued_after_a_statement_by_goes_on_with_the_writer_not_an_earlier_speaker():
    earlier = "“We are proud of every donor,” said Ida Moss, Ms. Pell's campaign manager.\n\n"
    assert speakers_of(LEAD + earlier + STATEMENT)[-1] == "Greta Lund"
