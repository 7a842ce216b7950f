"""A he or she opening a "when" clause right after a clause that "that" opens with a named person
as its subject ("Delacroix suggested that Pell was joking when he said that “…”") means that
person, whose clause the "when" clause goes with, not the sentence's subject; a person the
sentence names only as an object does not take it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Tariffs\n\nSen. Ruth Calloway criticized Governor Anton Pell for asking a trade board to "
    "investigate a rival.\n\n"
)


def test_the_he_of_a_when_clause_is_the_that_clauses_subject():
    text = LEAD + (
        "Sen. Marcus Delacroix suggested that Pell was joking when he said on Thursday that "
        "“Brevia should start an inquiry into the Hollands.”\n"
    )
    assert speakers_of(text) == ["Anton Pell"]


def test_a_person_named_as_an_object_does_not_take_the_he():
    text = LEAD + (
        "Sen. Marcus Delacroix criticized Pell on Friday when he said that "
        "“the governor should start an inquiry into himself.”\n"
    )
    assert speakers_of(text) == ["Marcus Delacroix"]
