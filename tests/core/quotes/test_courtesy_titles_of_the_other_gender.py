"""A courtesy title of one gender before a word that is a given name of the other ("Mr Ann" beside
"Ann Hale, a nurse") is another person's surname, never that woman called by her given name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_mr_before_a_womans_given_name_is_a_man_of_that_surname():
    text = (
        "Ann Hale, 54, a nurse, has lived in the village all her life.\n\n"
        "Her neighbour, Mr Ann, a retired miner, said: “The pit was our life.”\n\n"
        "“It is all gone now,” Mr Ann said.\n"
    )
    assert "Ann Hale" not in speakers_of(text)
    assert speakers_of(text)[0] == speakers_of(text)[1] is not None


def test_ms_before_a_womans_given_name_may_still_mean_her():
    text = (
        "Suda Chaiyo, 41, runs a noodle stall in the market.\n\n"
        "“Business has never been this slow,” Ms Suda said.\n"
    )
    assert speakers_of(text) == ["Suda Chaiyo"]
