"""A "whose" clause naming someone in apposition ("Omar Rahimi, whose son, Army Sgt. Daoud Rahimi,
died in 2009, said") describes the subject before it, who speaks; the relative it names does not."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_subject_before_a_whose_clause_speaks_after_a_quotation():
    text = (
        "“I appreciate the kind words, but they sound hollow,” Omar Rahimi, whose son, Army Sgt. "
        "Daoud Rahimi, died in Kandahar in 2009, said on Sunday.\n"
    )
    assert speakers_of(text) == ["Omar Rahimi"]


def test_the_subject_before_a_whose_clause_speaks_before_a_colon():
    text = "Omar Rahimi, whose friend, Daoud Karimi, died in Kandahar in 2009, said: “I appreciate it.”\n"
    assert speakers_of(text) == ["Omar Rahimi"]


def test_a_relative_named_with_an_abbreviated_title_is_not_the_bare_surname():
    text = (
        "“If the speaker wins, you will see the party fall apart,” said Rosa Delgado, whose 30-year-old "
        "son Sgt. Mateo Delgado was killed by a drunk driver in 2014.\n\n"
        "“Who gives these people the right to defy voters?” Delgado asked.\n"
    )
    assert speakers_of(text) == ["Rosa Delgado", "Rosa Delgado"]
