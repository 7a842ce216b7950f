"""`The statement, from council spokesman Ivo Brandt, promised “…”`: a writing whose apposition says whom
it is from gives its words to that person, as `A statement from Ivo Brandt said` does (PolNeAR's source
span names the person). A body it is from, or a clause after "from", leaves the writing speaking."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "The council raised harbour fees on Monday.\n\n"


def test_a_statement_from_a_spokesman_with_his_role():
    text = OPENING + (
        "The statement, from council spokesman Ivo Brandt, promised “a full review of the fees within "
        "the next twelve months.”"
    )
    assert speakers_of(text) == ["Ivo Brandt"]


def test_a_letter_from_a_named_person():
    text = (
        OPENING
        + "The letter, from Linda Brandt, said “we will review the fees within the next twelve months.”"
    )
    assert speakers_of(text) == ["Linda Brandt"]


def test_a_statement_from_a_body_stays_the_writing():
    text = OPENING + (
        "The statement, from the Harbor Trust, said: “We will review the fees within the next twelve months.”"
    )
    assert speakers_of(text) != ["Linda Brandt"] and speakers_of(text)[0] is not None


def test_a_report_from_a_panel_a_person_chaired_stays_the_report():
    text = OPENING + (
        "The report, from a panel that Linda Brandt chaired, said: “We will review the fees within the "
        "next twelve months.”"
    )
    assert speakers_of(text) != ["Linda Brandt"]


def test_a_statement_from_a_spokesman_extending_words_no_verb_of_saying_marks():
    text = OPENING + (
        "The council also condemned the strike. The statement, from council spokesman Ivo Brandt, "
        "extended “our deepest sympathy to all the crews affected by the closure.”"
    )
    assert speakers_of(text) == ["Ivo Brandt"]
