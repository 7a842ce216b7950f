"""A word of saying in -s after "his", "her" or "their" and a describing word or two ("in his first
public remarks since leaving office") is a noun, not a verb whose subject would take the words quoted
before it; "his longtime aide says" is still a verb, its aide speaking."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_remarks_after_his_and_describing_words_is_a_noun():
    text = (
        "Budget\n\nMayor Dana Pruitt answered Harold Gunderson on Monday.\n\n"
        "Gunderson said residents must “firmly reject the spending” of any council that “treats the "
        "treasury like a piggy bank” in his first public remarks since leaving office.\n"
    )
    assert speakers_of(text) == ["Harold Gunderson", "Harold Gunderson"]


def test_a_possessed_aide_still_speaks():
    text = "Budget\n\nHarold Gunderson left office in May. “He never wanted to go,” his longtime aide says.\n"
    assert speakers_of(text) == ["his longtime aide"]
