"""A label followed by "as X called it" and a phrase of when or where ("as Mayor Tom Halloran called
it on the eve of the war") is X's, as it is with no phrase after "it"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Mills\n\nMayor Tom Halloran led the town of Brackwell through the war.\n\n"


def test_as_x_called_it_on_an_occasion_gives_x_the_label():
    text = LEAD + (
        "It could boast of its name as “the workshop of the nation,” as Halloran called it on the eve "
        "of the war.\n"
    )
    assert speakers_of(text) == ["Tom Halloran"]
