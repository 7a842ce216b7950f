"""A lone capitalised word whose verb takes himself or herself as its object ("Dorner compared
himself to Halloway, saying, “…”") is a person of that gender, who speaks what follows."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_lone_name_comparing_himself_is_a_person_who_speaks():
    text = "At the debate, Dorner compared himself to Halloway, saying, “I don’t get paid fees from banks.”\n"
    assert speakers_of(text) == ["Dorner"]


def test_a_lone_name_describing_herself_is_a_woman_whom_she_means():
    text = "Fenwick describes herself as a careful mayor.\n\n“I don’t get paid fees from banks,” she said.\n"
    assert speakers_of(text) == ["Fenwick"]


def test_a_sentence_opening_adverb_is_no_part_of_the_name():
    text = (
        "The village of Marrow End is still drying out.\n\n"
        "Afterwards Petra thanked herself for keeping the sandbags: “They saved the shop,” she said.\n"
    )
    assert speakers_of(text) == ["Petra"]
