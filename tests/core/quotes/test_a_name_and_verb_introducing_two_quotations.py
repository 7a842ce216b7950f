"""A quotation ending in "!" or "?" followed by a sentence whose name and verb of saying open it and
whose colon (or ", adding,") brings another quotation ("“…!” Trell wrote before sharing an old
favourite: “…”", "“…?” Trell asked, adding, “…”") attributes both quotations to that name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "The defence team quit the case on Tuesday, and Governor Maxine Trell took to social media.\n\n"


def test_the_name_and_verb_after_a_quotation_attribute_it_and_the_next():
    text = LEAD + "“All falling apart!” Trell wrote before sharing an old favourite: “CLEAN UP!”\n"
    assert speakers_of(text) == ["Maxine Trell", "Maxine Trell"]


def test_a_sentence_not_opening_with_a_name_and_verb_attributes_only_the_next():
    text = LEAD + "“All falling apart!” Then Ed Varga wrote a reply: “CLEAN UP!”\n"
    assert speakers_of(text)[0] is None


def test_adding_after_the_name_and_verb_attributes_the_question_before_too():
    text = LEAD + "“Who will say no to the board?” Trell asked, adding, “Someone has to.”\n"
    assert speakers_of(text) == ["Maxine Trell", "Maxine Trell"]
