"""A political leaning written before a name ("And, finally, progressive Hal Brenner compiled a
list"): the name is still the sentence's subject, whom the he of the next paragraphs means."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Promises\n\n"
    "Owen Tasker, writing in the Harbor Review, warns that the council's plan will fail.\n\n"
    "“The plan was doomed from the first day,” Tasker writes.\n\n"
    "And, finally, {leaning} Hal Brenner this week compiled a list of things the council should have "
    "promised.\n\n"
    "He admits that his promises are not as catchy as the one that failed.\n\n"
    "He writes: “It is not a slogan, but it can be explained in a short speech.”\n"
)


def test_he_after_a_progressive_named_as_subject_is_that_man():
    assert speakers_of(TEXT.format(leaning="progressive")) == ["Owen Tasker", "Hal Brenner"]


def test_he_after_a_conservative_named_as_subject_is_that_man():
    assert speakers_of(TEXT.format(leaning="conservative")) == ["Owen Tasker", "Hal Brenner"]
