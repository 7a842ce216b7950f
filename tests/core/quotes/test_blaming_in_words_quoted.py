"""Blaming in -ing right before a quotation ("by chastising King and lambasting “…”") is the clause
subject's saying; an opening clause of time ("When Brandt opened a debate by asking Feld ...") never
gives its asker the words of the main clause after it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Debates\n\nThe Corvel mayoral debates have turned rough for the challengers this year.\n\n"


def test_lambasting_before_a_quotation_is_the_main_subjects_after_a_clause_of_time():
    text = LEAD + (
        "When KVRL’s Ivo Brandt opened a debate by asking Nora Feld about complaints from her staff, Feld "
        "drew cheers by chastising Brandt and lambasting “the lazy press protecting the mayor.”\n"
    )
    assert speakers_of(text) == ["Nora Feld"]


def test_criticizing_a_person_named_after_it_says_nothing_of_his():
    text = LEAD + (
        "In his speech, Tomas Ridley tried to rouse the hawks by harshly criticizing Mayor Ivo Brandt.\n\n"
        "“The list goes on. The answer was wrong,” he said at an event.\n"
    )
    assert speakers_of(text) == ["Tomas Ridley"]
