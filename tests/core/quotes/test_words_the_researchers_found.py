"""A quotation followed by a plural subject and "found" closing the sentence or set off by a comma
("“…,” the researchers found." or "Among drivers who were “…,” the researchers found, nearly half
...") is the finding in their own words; "found" with an object after it ("the researchers found
the files") tells what was found, no one's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Stops\n\nResearchers from Corran University analyzed traffic stops in three Brenford districts.\n\n"


def test_words_the_researchers_found_closing_the_sentence_are_theirs():
    text = (
        LEAD
        + "“Drivers stopped on the bridge were mostly let go within ten minutes,” the researchers found.\n"
    )
    assert speakers_of(text) == ["the researchers"]


def test_words_before_the_researchers_found_set_off_by_a_comma_are_theirs():
    text = (
        LEAD + "Among drivers who were “stopped at night and later released with no ticket at all,” the "
        "researchers found, nearly half lived outside the city.\n"
    )
    assert speakers_of(text) == ["the researchers"]


def test_found_with_an_object_gives_no_speaker():
    text = (
        LEAD + "“Drivers stopped on the bridge were mostly let go within ten minutes,” the researchers "
        "found the files showed.\n"
    )
    assert speakers_of(text) == [None]
