"""Those a writing went to are no source of its words ("A text message sent to Holt supporters noted
that Democrats “…”" is no words of 'to Holt supporters'), though a name like "Al From" still speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_people_a_message_was_sent_to_do_not_speak_it():
    text = (
        "The campaign sent messages all week.\n\n"
        "A text message sent to Holt supporters noted that Democrats “lose again and again.”\n"
    )
    assert speakers_of(text) != ["to Holt supporters"]


def test_a_capitalised_surname_that_is_a_preposition_still_speaks():
    text = (
        "Al From founded the council in 1985.\n\n“We won fewer votes than any party ever had,” From said.\n"
    )
    assert speakers_of(text)[0] is not None


def test_people_talked_to_whom_a_who_clause_makes_speak_are_the_source():
    text = (
        "The board's final rule also covers bottled drinks.\n\n"
        "The Harbor Ledger talked to board officials who said the rule would cover “drinks served in food "
        "shops that are on menus.”\n"
    )
    assert speakers_of(text) == ["board officials"]
