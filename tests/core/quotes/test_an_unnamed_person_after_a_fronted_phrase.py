""" "At a crowded shelter in the school gym, a volunteer nurse says families have been sharing food.
¶ “…,” he says": an unnamed person brought in after an opening phrase of place or time is whom the
he or she of the next paragraph means, not the person quoted before."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize(
    "opener", ["At a crowded shelter in the school gym", "Outside the courthouse", "On Sunday"]
)
def test_a_he_after_an_unnamed_source_behind_a_fronted_phrase(opener):
    text = (
        "Mayor Owen Castell says the town will need months to recover. “We have never seen water "
        "like this,” he adds.\n\n"
        f"{opener}, a volunteer nurse says families have been sharing food and blankets.\n\n"
        "“They are frightened for their homes,” he says.\n"
    )
    assert speakers_of(text)[-1] == "a volunteer nurse"


def test_a_he_after_an_unnamed_questioner_is_not_the_questioner():
    text = (
        "Donald Trump says political correctness has run amok in the military.\n\n"
        "At a forum with military leaders on Monday, one questioner claimed that “social engineering” "
        "was hurting the military.\n\n"
        "“You’re right, we have a politically correct military,” he said.\n"
    )
    assert speakers_of(text)[-1] != "one questioner"
