"""A newspaper's piece read out after a quotation ("“…,” the Harbor Gazette piece reads") speaks
the words, as "the Harbor Gazette article reads" does; a person who wrote about the piece does not
make it the speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Coffee\n\nClaims have spread online that coffee drinkers are less likely to catch the flu.\n\n"
    "Several outlets, including the Harbor Gazette, reported on a small study from Tessany.\n\n"
)


def test_the_words_a_newspaper_piece_reads_are_the_pieces():
    text = LEAD + "“Of the patients admitted, only 9 percent drank coffee,” the Harbor Gazette piece reads.\n"
    assert speakers_of(text) == ["the Harbor Gazette piece"]


def test_a_person_speaking_of_the_piece_keeps_the_words():
    text = (
        LEAD + "“Of the patients admitted, only 9 percent drank coffee,” said Pella Arkwright, who "
        "wrote the Harbor Gazette piece.\n"
    )
    assert speakers_of(text) == ["Pella Arkwright"]
