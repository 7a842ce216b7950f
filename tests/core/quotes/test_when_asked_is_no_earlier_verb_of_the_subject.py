"""A "when asked about ..." clause inside a predicate ("did not comment when asked about it but said")
is another's asking, no earlier verb of the subject's: the verb after "but" keeps the subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Port delays\n\nShipping firms complained on Monday about long waits at the border.\n\n"


def test_but_said_after_when_asked_keeps_the_unnamed_source():
    text = LEAD + (
        "A Commerce Ministry official did not directly comment when asked about the slowdown but said "
        "the approach is “protecting honest traders and keeping the ports open.”\n"
    )
    assert speakers_of(text) == ["a Commerce Ministry official"]


def test_but_said_after_the_subjects_own_verb_keeps_it_too():
    text = LEAD + (
        "A Commerce Ministry official declined to comment but said the approach is “protecting honest "
        "traders and keeping the ports open.”\n"
    )
    assert speakers_of(text) == ["a Commerce Ministry official"]
