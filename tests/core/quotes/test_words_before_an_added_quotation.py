"""A quotation standing as a whole sentence that no rule gave a speaker, right before a sentence whose
own "added" attributes the next quotation ("“One, Sen. Rook wins ...” But, he added: “…”"), is that
speaker's; not when its words name that speaker, as no one talks of themselves so."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Race\n\nLee Park sees the race playing out in a few ways.\n\n"


def test_the_words_before_an_added_quotation_are_the_adders():
    text = LEAD + (
        "“One, Sen. Rook wins, and his coalition is up for grabs.” But, he added: “I do not think we "
        "will have to worry about that.”\n"
    )
    assert speakers_of(text) == ["Lee Park", "Lee Park"]


def test_words_naming_the_adder_are_not_theirs():
    text = LEAD + (
        "“One, Lee Park wins, and his coalition is up for grabs.” But, he added: “I do not think we "
        "will have to worry about that.”\n"
    )
    assert speakers_of(text)[0] is None
