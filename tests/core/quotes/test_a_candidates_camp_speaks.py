"""A candidate's camp speaks as a campaign does ("The Dorn camp, though, argued in a memo that ...
“…”"): an organisation (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_camp_that_argued_says_the_words():
    text = (
        "Race\n\nMayor Edda Dorn faces Oskar Lind in the May election.\n\n"
        "The Dorn camp, though, argued in a memo on Monday that the mayor has “one of the strongest records "
        "of any mayor in generations.”\n"
    )
    assert speakers_of(text) == ["the Dorn camp"]
