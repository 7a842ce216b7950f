"""A quotation opening with a present verb in -s after a possessed noun of speech and its infinitive
("Rep. Hugo Tallis told reporters his decision and Brisk's call to add stricter rules to the bill
“means maybe ...”") says something of the call: the teller speaks, not the call's owner; the call's
own words ("Brisk's call to “end the war now”") stay the owner's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Two senators, Ada Morrell and Colin Brisk, pushed for a tougher bill.\n\n"


def test_the_teller_speaks_the_predicate_of_the_call():
    text = LEAD + (
        "Rep. Hugo Tallis told reporters his decision to leave the group and Brisk's call to add stricter "
        "rules to the bill “means maybe what we will get is real reform.”\n"
    )
    assert speakers_of(text) == ["Hugo Tallis"]


def test_the_calls_own_words_are_its_owners():
    text = LEAD + "Voters cheered Brisk's call to “end the war now and bring the soldiers home.”\n"
    assert speakers_of(text) == ["Colin Brisk"]
