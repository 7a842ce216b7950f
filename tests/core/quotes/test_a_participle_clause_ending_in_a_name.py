"""A participle clause between a subject and its verb that ends in a name in apposition ("Marta
Quell, sitting next to her brother, Tomas Quell, said") leaves the words to the subject, as a
relative clause does; the name in the clause is only whom it is about."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Funeral at the harbor\n\nMourners gathered at the grave on Friday.\n\n"


def test_a_participle_clause_ending_in_a_relatives_name():
    text = (
        LEAD + 'At the end, Marta Quell, sitting next to her brother, Tomas Quell, said: "Thank you all."\n'
    )
    assert speakers_of(text) == ["Marta Quell"]


def test_a_participle_clause_ending_in_an_officials_name():
    text = LEAD + 'Dana Pruett, standing beside the mayor, Ivo Brandt, said: "We will not forget him."\n'
    assert speakers_of(text) == ["Dana Pruett"]
