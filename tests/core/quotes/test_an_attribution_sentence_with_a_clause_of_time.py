"""An exclamation or question closing its own sentence, then "X tweeted Wednesday, after ..." with a
long clause of time or cause: the next sentence's speaker and verb are the attribution, however
long the clause after the comma runs; not a clause of its own after the verb."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "President Dale Reyes has been at odds with his spy chiefs.\n\n"


def test_a_clause_of_time_after_the_attributions_comma_does_not_undo_it():
    text = LEAD + (
        "“They are wrong!” Reyes tweeted Wednesday, after Holt and other leaders of the intelligence "
        "services backed differing views when testifying before Congress this week.\n"
    )
    assert speakers_of(text) == ["Dale Reyes"]


def test_a_sentence_going_on_with_a_clause_of_its_own_is_no_attribution():
    text = LEAD + (
        "“They are wrong!” Reyes tweeted that the chiefs of the intelligence services had backed "
        "differing views when testifying before Congress this week on the budget.\n"
    )
    assert speakers_of(text) == [None]


def test_a_clause_of_time_right_after_the_verb_and_its_timing_words():
    text = LEAD + (
        "“VETO!” Reyes tweeted just moments after the Senate recorded the vote on the budget resolution "
        "late that afternoon in the chamber.\n"
    )
    assert speakers_of(text) == ["Dale Reyes"]
