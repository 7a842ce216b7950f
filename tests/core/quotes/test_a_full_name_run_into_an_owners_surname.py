""" "too early to call former Governor Tobias Wren Marsh's closer": a full name run into the possessive
surname of another person the article names by a title, the name ending before the owner."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_CLOSER = (
    "Governor Lena Marsh still has a case to make for a second term.\n\n"
    "But while it's too early to call former Governor Tobias Wren Marsh's closer, he came close on "
    "Wednesday night.\n\n"
    "“We are here to nominate a governor,” Wren said after strolling onto the stage.\n\n"
)


def test_the_name_before_the_owners_possessive_is_its_own_person():
    assert speakers_of(_CLOSER) == ["Tobias Wren"]


def test_a_he_after_the_name_is_that_person():
    text = _CLOSER + "“Are we where we want to be today?” he asked.\n"
    assert speakers_of(text) == ["Tobias Wren", "Tobias Wren"]


def test_a_three_word_name_whose_surname_no_one_else_holds_stays_whole():
    text = (
        "The neighbours say Thomas Eric Mallard's generous spirit cost him his life.\n\n"
        "In Kessa, where Mallard rented a room, he was known as Eric.\n\n"
        "“Eric is a nice man,” said Irene Sayo, who lived next door.\n\n"
        "“Why didn't they save him?” asked Thomas Eric Mallard's brother, Paul Mallard.\n"
    )
    assert "Thomas Eric" not in speakers_of(text)
