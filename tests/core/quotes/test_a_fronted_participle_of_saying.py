"""A sentence opening with a participle of saying that holds the quotation ("Declaring that the
nation faces “a new age of rivalry,” President Clara Ment sketched a plan") gives the words to the
subject the comma closing that clause brings in."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Defense plan\n\nThe plan was published on Monday.\n\n"


def test_the_subject_after_the_participle_clause_speaks():
    text = LEAD + (
        "Declaring that the nation faces “a new age of rivalry,” President Clara Ment sketched "
        "a defense plan that places trade at its center.\n"
    )
    assert speakers_of(text) == ["Clara Ment"]


def test_a_comma_after_the_closing_mark_closes_the_clause_too():
    text = LEAD + "Calling the plan “a fortress of paper”, Dora Pell left the hall.\n"
    assert speakers_of(text) == ["Dora Pell"]


def test_a_person_inside_the_clause_leaves_it_unclear():
    text = LEAD + "Calling Tom Reyes “a fortress of paper,” Ivo Sand left the hall.\n"
    assert speakers_of(text) != ["Ivo Sand"]


def test_a_subordinator_may_open_the_participle_clause():
    text = (
        LEAD
        + "While calling it “a shameful waste of public money,” Gov. Ilse Vandam also alluded to delays.\n"
    )
    assert speakers_of(text) == ["Ilse Vandam"]
