"""A participle after a clause joined on with a person of its own goes on with that person, an adverb
in -ly between the person and the verb ("Holt has denied it, and Pike subsequently backed off the
claim, saying ... “…”") included; the earlier verb of saying ("denied") is the other person's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "A claim withdrawn\n\nAnn Holt and Dana Pike argued over the contract for months.\n\n"


def test_the_joined_subject_past_an_adverb_speaks_the_participle():
    text = LEAD + (
        "Holt has denied it, and Pike subsequently backed off the claim, saying she did not want her "
        "words taken “in a literal or criminal sense.”\n"
    )
    assert speakers_of(text) == ["Dana Pike"]


def test_two_subjects_joined_by_and_stay_one_clause():
    text = LEAD + (
        "Holt and Pike backed off the claim, saying they did not want the words taken “in a literal or "
        "criminal sense.”\n"
    )
    assert speakers_of(text) == ["Ann Holt"]
