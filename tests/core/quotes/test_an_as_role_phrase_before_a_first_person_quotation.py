"""A short "as" phrase of role words before a quotation in the first person ("As the city's chief
executive “I had to accept ...”") describes its speaker: the quotation goes on with the one the
sentence before reported, as a bare quotation would; a name or a verb in the phrase stops it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Stadium vote\n\nMayor Colin Ferris gave a long interview on Friday.\n\n"
REPORTED = "Ferris said in the interview that he had struggled with the vote. "


def test_the_speaker_reported_before_says_the_first_person_quotation():
    text = (
        TITLE + REPORTED + "As the city's chief executive “I had to accept that my doubts mattered less.”\n"
    )
    assert speakers_of(text) == ["Colin Ferris"]


def test_a_quotation_not_in_the_first_person_is_not_taken_up():
    text = TITLE + REPORTED + "As the city's chief executive “the mayor had to accept his doubts.”\n"
    assert speakers_of(text) == [None]
