"""A label followed by "as X called it" and a phrase of when or where ("as Halloran called it on the
eve of the war") is X's, as it is with no phrase after "it", even when X is a name the article
gives no other evidence for."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Mills\n\nForty years ago the town of Brackwell was a proud place.\n\n"


def test_as_x_called_it_on_an_occasion_gives_x_the_label():
    text = LEAD + (
        "It could boast of its name as “the workshop of the nation,” as Halloran called it on the eve "
        "of the war.\n"
    )
    assert speakers_of(text) == ["Halloran"]
