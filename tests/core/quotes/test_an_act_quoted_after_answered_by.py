"""A quotation that is the manner of a verb of answering ("he answered the attacks by “hiding at his
ski cabin”") describes an act; the teller whose clause reports it speaks it, not the one who acted."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEDE = "Governor Tom Blake faced attacks this week.\n\n"


def test_a_paper_saying_he_answered_by_a_quoted_act_speaks_it():
    text = (
        LEDE + "The Harbor Times criticized Blake, saying he answered the attacks by “hiding at his ski "
        "cabin for a week.”\n"
    )
    assert speakers_of(text) == ["the Harbor Times"]


def test_a_quotation_after_answered_alone_is_still_the_answer():
    text = LEDE + "Blake answered the attacks at a rally: “I have nothing to hide from anyone.”\n"
    assert speakers_of(text) == ["Tom Blake"]
