"""The plain present of a verb of saying after a plural subject ("the authors write", "the ministers
state", "critics argue") is a verb of saying, as its -s form is after a singular one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_plural_source_with_a_plain_present_verb_speaks():
    text = "“The harbour is the safest in the region,” the ministers state in their white paper.\n"
    assert speakers_of(text) == ["the ministers"]


def test_a_plural_nationality_with_a_plain_present_verb_speaks():
    text = "“Our ports are open to every ship,” the Norwegians write in the report.\n"
    assert speakers_of(text) == ["the Norwegians"]


def test_joking_in_the_plain_present_after_a_plural_source_speaks():
    text = "Flight attendants joke that “a god does not think he is a pilot.”\n"
    assert speakers_of(text) == ["Flight attendants"]


def test_lamenting_in_the_plain_present_after_a_plural_source_speaks():
    text = "Harbour pilots lament that “the port has forgotten the night shift.”\n"
    assert speakers_of(text) == ["Harbour pilots"]


def test_laments_after_a_named_person_speaks():
    text = (
        "The budget plan passed the House on Thursday.\n\nOutraged, Rep. Dale Prentiss of Orvia laments "
        "that in the House, “Fiscal hawks make up a minority of the party,” and he wonders whether "
        "“debt still matters.”\n"
    )
    assert speakers_of(text) == ["Dale Prentiss", "Dale Prentiss"]
