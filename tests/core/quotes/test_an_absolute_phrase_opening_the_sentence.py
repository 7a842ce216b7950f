"""A "With X doing ..." phrase opening a sentence names no subject of its main clause: a participle
of saying after the main clause ("With Tom Dalton winning, Maria Alvarez spoke, noting that “…”")
is the main clause's subject's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_participle_after_an_absolute_phrase_is_the_main_subjects():
    text = (
        "The harbor primary ended on Tuesday. With Tom Dalton winning, Maria Alvarez spoke, noting "
        "that “this race matters more than any before it.”\n"
    )
    assert speakers_of(text) == ["Maria Alvarez"]


def test_a_person_of_the_phrase_still_speaks_in_a_clause_of_his_own():
    text = "With Tom Dalton winning, his rivals were quiet. Dalton said: “This race was ours.”\n"
    assert speakers_of(text) == ["Tom Dalton"]
