"""A he opening the next paragraph means the sentence's subject ("Mr. Alston said it would be ...,
as Mr. Keane proposes"), even when two people share that surname and the title tells which, not
the subject of the "as" clause."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Senate race\n\nFormer Gov. Richard Alston campaigned for his wife, Marian Alston, who is running "
    "against Rep. Victor Keane.\n\n"
)


def test_he_means_the_titled_shared_surname_subject_not_the_as_clause():
    text = LEAD + (
        "In particular, Mr. Alston said it would be a disservice to nurses if the state were to hand the "
        "hospitals to a private operator, as Mr. Keane proposes.\n\n"
        "“The hallways of every clinic are full of people who gave up their weekends,” he said.\n"
    )
    assert speakers_of(text) == ["Richard Alston"]
