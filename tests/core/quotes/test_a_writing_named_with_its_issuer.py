"""The words "the statement said" gives are the issuer's that a sentence before names: "a statement
released by Harbor Coast Command", "In a statement released Sunday, the Coastal Command urged ...";
never a person's named with a title, nor a name cut short before a noun."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Patrol\n\nTwo patrol boats sailed to the islands on Sunday.\n\n"
QUOTED = "“The fleet is steadfast in its commitment to peace,” the statement said.\n"


def test_a_statement_released_by_a_named_body_is_its_words():
    text = TITLE + "The trip was announced in a statement released by Harbor Coast Command.\n\n" + QUOTED
    assert speakers_of(text) == ["Harbor Coast Command"]


def test_a_statement_opening_a_sentence_before_the_body_is_its_words():
    text = TITLE + "In a statement released Sunday, the Coastal Command urged calm.\n\n" + QUOTED
    assert speakers_of(text) == ["the Coastal Command"]


def test_a_letter_from_a_titled_person_stays_the_letter():
    text = (
        TITLE
        + "The plan came in a letter from Mr. Ormond to the board.\n\n"
        + "“The fleet is steadfast in its commitment to peace,” the letter said.\n"
    )
    assert speakers_of(text) == ["the letter"]


def test_a_name_before_a_plain_noun_is_no_issuer():
    text = TITLE + "In a statement released Sunday, U.S. military officers urged calm.\n\n" + QUOTED
    assert speakers_of(text) == ["the statement"]


def test_a_body_set_before_its_statement_by_commas_is_its_issuer():
    text = (
        TITLE
        + "The Harbor Commission, in a statement, said it “rejects all of his claims.”\n\n"
        + "Rieke, the statement said, “has continued to invent new and strange claims since he left.”\n"
    )
    assert speakers_of(text) == ["the Harbor Commission", "the Harbor Commission"]


def test_a_body_named_with_its_lower_case_noun_before_its_statement_is_its_issuer():
    text = (
        TITLE
        + "The Benghazi committee, in a statement, said it “rejects all of his claims.”\n\n"
        + "Rieke, the statement said, “has continued to invent new and strange claims since he left.”\n"
    )
    assert speakers_of(text) == ["the Benghazi committee", "the Benghazi committee"]
