"""Quoted words that open on the verb of saying of the one named right before them ("But in her
remarks, Pell “pointed to the risk that exports could weaken”", "a few policymakers “pointed to
the risk ...”") are that person's or that group's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Rates\n\nBoard chair Dora Pell said the economy was growing at a steady pace.\n\n"


def test_a_person_named_before_words_opening_on_her_verb_speaks_them():
    text = LEAD + "But in her remarks, Pell “pointed to the risk that exports could weaken this year.”\n"
    assert speakers_of(text) == ["Dora Pell"]


def test_an_unnamed_group_before_words_opening_on_its_verb_speaks_them():
    text = LEAD + "Last month, a few policymakers “warned that the currency could rise further.”\n"
    assert speakers_of(text) == ["a few policymakers"]


def test_a_name_before_words_opening_on_another_verb_is_not_given_them():
    text = LEAD + "The board praised Pell “for her steady hand in a hard year.”\n"
    assert speakers_of(text) != ["Dora Pell"]
