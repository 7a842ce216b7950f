"""A participle of saying after an opening "As the Ledger reported," whose main clause opens with a
writing ("a Council report issued this week gave more details, noting “…”") is the writing's; with
a main clause about a thing ("the move comes ..., promising") it stays the outlet's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Militia\n\nThe militia took the valley last month.\n\n"


def test_the_writing_opening_the_main_clause_notes_the_words():
    text = LEAD + (
        "As the Daily Ledger reported Thursday, a Council report issued this week gave more details, "
        "noting “several cases of forced labor, as well as reports of children held as hostages.”\n"
    )
    assert speakers_of(text) == ["a Council report"]


def test_a_thing_opening_the_main_clause_leaves_the_words_to_the_outlet():
    text = LEAD + (
        "As the Daily Ledger reported Thursday, the move comes weeks after the vote, promising “a new "
        "start for the whole valley and its people.”\n"
    )
    assert speakers_of(text) == ["the Daily Ledger"]
