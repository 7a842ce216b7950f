"""Words in quote marks that stand for a name or a term no one is said to say are no quotation, so no one
speaks them: a place's nickname listed after a capitalised name ("including Ashford and “the people's
republic of Bayport,”") and the title a clause about a title introduces with a colon ("a new title to his
resume: “song collector.”"). Words listed after a name that make a clause ("... from Wall Street and
“there's nothing wrong with that”") stay speech."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_nickname_listed_after_a_place_is_no_quotation():
    text = (
        "Tom Reyes has done very well in college towns, including Ashford and “the people's republic of "
        "Bayport,” where students back him.\n"
    )
    assert speakers_of(text) == []


def test_a_title_after_a_colon_is_no_quotation():
    text = "Thanks to his latest album, Tom Reyes can add a new title to his resume: “song collector.”\n"
    assert speakers_of(text) == []


def test_words_making_a_clause_after_a_name_stay_speech():
    text = (
        "Ann Holt says her rival Tom Reyes took donations from Wall Street and “there's nothing wrong with "
        "that,” adding that they did not change his views.\n"
    )
    assert speakers_of(text) == ["Ann Holt"]
