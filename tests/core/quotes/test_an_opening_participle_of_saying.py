"""A participle of saying opening the sentence whose clause holds the quotation ("Declaring Tuesday
that he can bring “…,” former Gov. Harlan Brisco declared his candidacy in Millbrook, the town where
Paul Wendt grew up.") gives it to the person opening the main clause, however long that clause runs."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Declaring Tuesday that he can bring “the kind of change that truly can get this state back on its feet,”"
)


def test_the_main_clauses_person_says_it_past_a_long_tail():
    tail = "declared his candidacy in Millbrook, the town where Paul Wendt grew up."
    text = f"{LEAD} former Arvada Gov. Harlan Brisco {tail}\n"
    assert speakers_of(text) == ["Harlan Brisco"]


def test_a_main_clause_opening_with_a_thing_gives_no_one():
    text = f"{LEAD} the campaign of Harlan Brisco began in Millbrook, the town where Paul Wendt grew up.\n"
    assert speakers_of(text) != ["Paul Wendt"]
