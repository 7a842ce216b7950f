"""An organisation that a passive verb of saying is done by, with a relative clause going on to
speak, owns the quotation ("Her objection was echoed by the Club for Growth, which said ... “…”");
not when it is named for another act ("was claimed by", "was called by ... to force"), nor with no
relative clause after it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "The farm bill passed on Wednesday.\n\n"


def test_a_body_echoing_an_objection_in_a_relative_clause_speaks_the_quotation():
    text = OPENING + (
        "Her objection was echoed by the Club for Growth, which said in a statement that the subsidy was "
        "“corporate welfare, plain and simple.”\n"
    )
    assert speakers_of(text) == ["the Club for Growth"]


def test_a_body_denying_a_claim_in_a_relative_clause_speaks_the_quotation():
    text = (
        OPENING + "The claim was denied by the ministry, which called it “a fantasy from start to finish.”\n"
    )
    assert speakers_of(text) == ["the ministry"]


def test_a_body_a_passive_is_done_by_with_no_relative_clause_is_no_speaker():
    text = (
        OPENING
        + "The killing was claimed by the Harbor Front as part of its “long campaign of resistance.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_body_that_described_something_as_quoted_words_in_the_passive_says_them():
    text = (
        "Tour\n\nSinger Anya Roush opened her tour in Baxley on Friday night.\n\n"
        "The opening night was described by the Harlow Courier as “a hybrid of a concert and a political "
        "rally.”\n"
    )
    assert speakers_of(text) == ["the Harlow Courier"]
