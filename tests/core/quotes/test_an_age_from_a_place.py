"""An age with the place someone is from ("the 41-year-old from Eastbrook") refers back to the
person, as the age alone does, before or after its verb of saying; the place never speaks."""

from __future__ import annotations

import pytest

from .speakers import kinds_of, speakers_of

OPENING = "Marta Velloso spoke before the hearing on Monday. "
WORDS = "“Here is a council that was elected to cut costs, and it keeps adding fees,”"


@pytest.mark.parametrize(
    "tag",
    ["said the 41-year-old from Eastbrook.", "the 41-year-old from Eastbrook said."],
)
def test_the_age_from_a_place_is_the_person_named_before(tag):
    assert speakers_of(OPENING + f"{WORDS} {tag}\n") == ["Marta Velloso"]


def test_the_place_is_listed_as_no_speaker():
    text = OPENING + f"{WORDS} the 41-year-old from Eastbrook said.\n"
    assert kinds_of(text) == {"Marta Velloso": "person"}
