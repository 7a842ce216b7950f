"""`The snub prompted Sen. Ada Brenn to declare that ... “…”`: the person something prompted (led,
spurred) to speak is the speaker, past a title before the name and a party label after it; never the
thing that prompted them."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "The forum was held on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The snub prompted Ada Brenn to declare that the mayor would be remembered as the “most absent "
        "mayor ever.”",
        "Dorn's decision to skip the vote prompted now-Senate Majority Leader Ada Brenn (R-Ore.) to declare "
        "that Dorn would be remembered as the “most absent mayor ever.”",
        "The snub led her rival, Ada Brenn, to say the mayor was “the most absent mayor ever.”",
    ],
)
def test_the_person_prompted_to_speak_speaks(sentence):
    assert speakers_of(_OPENING + "Ada Brenn is a senator.\n\n" + sentence + "\n") == ["Ada Brenn"]
