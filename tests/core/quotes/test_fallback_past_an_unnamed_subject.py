"""A quotation its own sentence gives to an unnamed subject ("The man ... said: “…”") is never handed by
the fitted fallback to a person named nearby: the article says who spoke, only not by name (issue 11,
precision: a wrong name is worse than none).
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_quotation_said_by_an_unnamed_subject_is_not_given_to_the_witness_named_after_it():
    text = (
        "A nurse lost her claim against a colleague on Tuesday.\n\n"
        "The man allegedly pointed to the door and said: “get out of my ward right now.” One witness, "
        "Tom Reyes, testified that it was “a culture of fear.”\n"
    )
    assert speakers_of(text) == [None, "Tom Reyes"]
