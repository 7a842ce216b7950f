"""British copy gives where someone lives after their age: "Ann Holt, 42, of Camberley, Surrey,".
The county is no person (it had made "Surrey" a rival of "she", leaving her words to no one)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_TEXT = (
    "Her close friend Christine Stephen, 42, of Camberley, Surrey, who has known Mrs Adusah since "
    "childhood, told reporters that the family did not hear about her death for weeks. She said: "
    "“I spoke to her family and they said he had been in touch on that Saturday.”\n"
)


def test_she_after_a_name_with_age_town_and_county_means_that_woman():
    assert speakers_of(_TEXT) == ["Christine Stephen"]


def test_a_name_after_of_with_no_age_before_is_still_a_person():
    text = "The leader of Labour, Corbyn, said: “We will vote against it.”\n"
    assert speakers_of(text) == ["Corbyn"]
