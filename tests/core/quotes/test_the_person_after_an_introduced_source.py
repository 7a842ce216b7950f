""" "“…,” this person said" (or "the person") after a sentence opening with an unnamed source that
was not quoted ("One senior official described the mood.") is that source, whatever its noun; a
person brought in elsewhere in a sentence ("came from a man who ...") is not taken up."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Port deal\n\nThe vote is on Friday.\n\n"


def test_this_person_is_the_source_opening_the_sentence_before():
    text = LEAD + (
        "One senior official described the mood ahead of the visit. "
        "“He will get all the time he needs,” this person said.\n"
    )
    assert speakers_of(text) == ["one senior official"]


def test_the_person_is_the_source_introduced_after_but():
    text = LEAD + (
        "But a person familiar with the talks dismissed the worry. "
        "“Nobody is leaving the table,” the person said.\n"
    )
    assert speakers_of(text) == ["a person familiar with the talks"]


def test_someone_brought_in_mid_sentence_is_not_the_person():
    text = LEAD + (
        "The offer came from a man who proposed paying the debt.\n\n"
        "“I will never forget what he said,” the person said in an email.\n"
    )
    assert speakers_of(text) == ["the person"]
