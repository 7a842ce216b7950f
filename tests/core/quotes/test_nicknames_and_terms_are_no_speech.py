"""Words in quote marks that stand for a name or a term no one is said to say are no quotation, so no one
speaks them: a place's nickname listed after a capitalised name ("including Ashford and “the people's
republic of Bayport,”") and the title a clause about a title introduces with a colon ("a new title to his
resume: “song collector.”"), the name of a rule ("the “stay quiet, stay put” rule") or of things counted
("90 “reserve votes.”"). Words listed after a name that make a clause ("... from Wall Street and
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


def test_a_rule_named_by_quoted_words_is_no_quotation():
    text = (
        "Senator Hal Brandt often reminds voters of his old votes. Aides point to a 1994 speech "
        "during the debate about the “stay quiet, stay put” rule.\n"
    )
    assert speakers_of(text) == []


def test_things_counted_and_named_in_quote_marks_are_no_quotation():
    text = "Councilor Pia Lund has a lead of nearly 40 pledged votes and almost 90 “reserve votes.”\n"
    assert speakers_of(text) == []


def test_words_said_after_a_count_of_years_stay_speech():
    text = "Pia Lund said that after 90 years the mill “must close its doors for good.”\n"
    assert speakers_of(text) == ["Pia Lund"]
