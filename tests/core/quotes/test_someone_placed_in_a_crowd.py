"""`As someone in the crowd says, “…”`, `one man in the crowd put it`, `a Republican in Ohio said`: an
unnamed person (a party's member too) placed by where they are speaks, labelled with the whole
phrase, never the place (`the crowd`, `Ohio`) alone; a named person or a definite role before the
place is left to the rules for them."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "The crowd grew as the night went on.\n\n"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("As someone in the crowd says, “We are not going home until they listen.”", "someone in the crowd"),
        ("“We are not going home,” someone in the crowd shouted.", "someone in the crowd"),
        ("As one man in the crowd put it, “We are not going home.”", "one man in the crowd"),
        ("As a woman at the back says, “We are not going home.”", "a woman at the back"),
        ("“We are not going home,” a Republican in Ohio said.", "a Republican in Ohio"),
        (
            "“We are not going home,” a Democrat in the host city of Dayton said.",
            "a Democrat in the host city of Dayton",
        ),
    ],
)
def test_an_unnamed_person_placed_speaks(sentence, label):
    assert speakers_of(_OPENING + sentence + "\n") == [label]


def test_an_unnamed_woman_from_a_town_is_that_woman_not_the_town():
    text = (
        "Council leader Harold Finch may step down.\n\n"
        "In a 1993 clip, an unnamed woman from Dunmore, Ohio, told a radio host that her son “could not "
        "get his problems heard at all.”\n"
    )
    assert speakers_of(text) == ["an unnamed woman from Dunmore"]
