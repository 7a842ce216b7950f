"""A "who" clause right after a person placed in a body ("the advice of Ona Vettel in the Lakeside Review
who says that ...") hangs on the person, never the body ("who" is a person's relative) (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_who_after_a_person_in_a_paper_means_the_person():
    text = (
        "Hearings\n\nThe council's minority is faced with a dilemma over the hearings in Tarrow.\n\n"
        "This is why they should follow the advice of Ona Vettel in the Lakeside Review who says that a "
        "boycott would be “a colossal and lasting error.”\n"
    )
    assert speakers_of(text) == ["Ona Vettel"]
