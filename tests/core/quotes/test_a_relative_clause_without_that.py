"""A noun followed by a relative clause without "that" ("The school she teaches at said") is the
subject of the verb of saying after the clause; a pronoun followed only by an adverb ("a charge she
now criticizes") is itself the subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Teacher honoured\n\nDana Pruett was named teacher of the year on Friday.\n\n"


def test_a_noun_and_a_clause_ending_in_a_preposition_speak():
    text = LEAD + 'The school she teaches at said she was "a gifted and patient teacher."\n'
    assert speakers_of(text) == ["the school"]


def test_a_pronoun_with_only_an_adverb_before_the_verb_is_no_such_clause():
    text = (
        LEAD + "Pruett's ban on the fee — a charge she now criticizes for hurting families — presents "
        '"a bit of a challenge" for the school, said teacher Ivo Brandt.\n'
    )
    assert "a charge" not in speakers_of(text)
