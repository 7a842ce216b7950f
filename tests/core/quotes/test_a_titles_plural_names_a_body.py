"""`The Joint Chiefs said ...`: a title's plural alone after a title's modifier names the body of those
officers, an organisation, never a person called "Chiefs"; after an honorific the word is a surname."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

_BEFORE = "The plan for a base at Corran Point was approved on Friday.\n\n"


@pytest.mark.parametrize(
    "said",
    [
        "The Joint Chiefs said the base “is not needed at this time”.",
        "The Joint Chiefs said in a memo: “The base is not needed at this time.”",
    ],
)
def test_the_joint_chiefs_speak_as_a_body(said):
    assert kinds_of(_BEFORE + said + "\n") == {"the Joint Chiefs": "organisation"}


def test_a_plural_surname_after_an_honorific_is_still_a_person():
    assert speakers_of(_BEFORE + "Mr Kings said: “The base is not needed at this time.”\n") == ["Kings"]
