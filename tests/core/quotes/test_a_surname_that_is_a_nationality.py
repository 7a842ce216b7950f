"""`said Mr. German, a former bureau agent`: a nationality an honorific makes a surname is the person's
name wherever the article writes it so; a nationality alone still names no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "Critics faulted the bureau over its handling of leads.\n\n"


def test_a_nationality_after_an_honorific_is_a_surname():
    text = OPENING + (
        "“Nearly all of it was useless,” said Mr. German, a former bureau agent.\n\n"
        "“The bureau ran a thousand checks,” Mr. German said.\n"
    )
    assert speakers_of(text) == ["German", "German"]


def test_a_nationality_alone_is_still_no_person():
    text = OPENING + "“Nearly all of it was useless,” the German said.\n"
    assert speakers_of(text) != ["German"]
