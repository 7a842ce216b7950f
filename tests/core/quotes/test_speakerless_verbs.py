"""In the sentence just before a quotation, a verb of saying that has no speaker at all ("if asked",
"during which callers asked") is no one's: the speaker named before it introduces the quotation."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_if_asked_leaves_the_speaker_before_it():
    said = speakers_of(
        "Ada Holt runs the ferry. Holt distanced herself from the strike by saying she would be willing "
        "to sail if asked. “I am going to support them, and support them enthusiastically.”"
    )
    assert said == ["Ada Holt"]


def test_a_relative_clause_of_unnamed_askers_leaves_the_speaker_before_it():
    said = speakers_of(
        "Ada Holt runs the ferry. “And I am not being paid!” Holt declared, a point she likes to make "
        "after a radio show during which callers asked how much money she was getting. “I make my own money.”"
    )
    assert said == ["Ada Holt", "Ada Holt"]


def test_a_named_speaker_after_still_takes_the_quotation():
    said = speakers_of(
        "Ada Holt runs the ferry. Holt spoke first, and then Tom Reyes argued that the deck needed work. "
        "“If we wait, it will rot.”"
    )
    assert said == ["Tom Reyes"]
