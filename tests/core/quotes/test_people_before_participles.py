"""A participle of saying right after a plain noun for people ("searching for people shouting
“Help!”") is those people's, unnamed and unknown: never the sentence's subject's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_people_shouting_after_the_subject_are_not_the_subject():
    text = (
        "Firefighters answered cries for help on Sunday.\n\n"
        "The crowd outside heard people shouting “Help!” from the burning house.\n"
    )
    assert speakers_of(text) == [None]


def test_a_participle_after_the_subjects_own_clause_is_still_theirs():
    text = (
        "The rally went on past midnight.\n\nAda Holt closed the evening, saying “we will win this seat.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_message_sent_to_people_saying_something_is_the_senders():
    text = (
        "The result came in late on Tuesday.\n\n"
        "Ada Holt sent a text message to supporters saying: “With your help, we won!”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]
