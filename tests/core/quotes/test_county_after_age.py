"""British copy gives where someone lives after their age: "Ann Holt, 42, of Camberley, Surrey,".
The county is no person (it had made "Surrey" a rival of "she", leaving her words to no one)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_TEXT = (
    "Her old neighbour Helen Tasker, 51, of Farnham, Surrey, who has known Mrs Okafor since "
    "school, told reporters that the family had not heard from her for months. She said: "
    "“I rang her sister and they said he had phoned on that Sunday.”\n"
)


def test_she_after_a_name_with_age_town_and_county_means_that_woman():
    assert speakers_of(_TEXT) == ["Helen Tasker"]


def test_a_name_after_of_with_no_age_before_is_still_a_person():
    text = "The leader of the Greens, Pellow, said: “We will oppose it.”\n"
    assert speakers_of(text) == ["Pellow"]
