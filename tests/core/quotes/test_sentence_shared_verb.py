"""A verb of saying after a sentence's last quotation speaks its earlier quotations too ("Ferries are
“the lifeline of the islands” and “worth every penny,” Ada Holt told the council."), unless the words
between them name someone or say something themselves."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_verb_after_the_last_quotation_speaks_the_earlier_one():
    said = speakers_of(
        "Ada Holt has run the Gull Point ferry for a decade. Ferries are “the lifeline of the islands” "
        "and “worth every penny of the subsidy,” Holt told the council on Tuesday."
    )
    assert said == ["Ada Holt", "Ada Holt"]


def test_a_writers_clause_between_the_quotations_does_not_part_them():
    said = speakers_of(
        "Tom Reyes sells tickets at the pier. Takings were “flat for about a month or six weeks” as "
        "visitors waited to see how a “very wet summer” played out, he said."
    )
    assert said == ["Tom Reyes", "Tom Reyes"]


def test_a_name_between_the_quotations_parts_them():
    said = speakers_of(
        "Ada Holt runs the ferry. The crossing is “the lifeline of the islands,” but for Tom Reyes the "
        "timetable is “a complete shambles from start to finish,” Holt said."
    )
    assert said == [None, "Ada Holt"]
