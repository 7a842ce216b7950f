"""An unlisted word between a role's title and a listed given name ("Interior Minister Zorvan Ali
Noor") is the person's first given name, kept in the name; a common word there ("Vice President of
Communications Bill Bodie") is the title's last word, not his name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_unlisted_word_after_the_title_opens_the_name():
    text = (
        "Prize\n\nInterior Minister Zorvan Ali Noor congratulated the nation and the winner.\n\n"
        "“This has given pride to the whole country,” he said.\n"
    )
    assert speakers_of(text) == ["Zorvan Ali Noor"]


def test_a_common_word_ending_the_title_is_not_the_name():
    text = (
        "Jets\n\nThe firm's Vice President of Communications Bill Bodie spoke on Monday.\n\n"
        "“We don't have to turn the other cheek,” Bodie said.\n"
    )
    assert speakers_of(text) == ["Bill Bodie"]
