"""A time adverb between an aside in brackets and the verb ("Mr. Holt (who once called it a
threat) now says …") is stepped over as the aside is: the person before the aside speaks."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Sen. Tom Holt met Ann Bell on Monday.\n\n"


@pytest.mark.parametrize("adverb", ["now", "still"])
def test_the_person_before_the_aside_and_the_adverb_speaks(adverb):
    text = (
        LEAD + f"Mr. Holt (who once called it a threat) {adverb} says the plan is “a good start for all.”\n"
    )
    assert speakers_of(text) == ["Tom Holt"]


def test_a_pronoun_after_the_paragraph_goes_on_with_him():
    text = (
        LEAD + "Ms. Bell spoke first, and Mr. Holt (who once called it a threat) now says the plan is "
        "“a good start for all.”\n\n“We are here to vote, not to block things,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Holt", "Tom Holt"]
