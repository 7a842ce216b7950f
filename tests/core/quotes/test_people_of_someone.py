"""People named by someone they stand with or against ("Critics of Sen. Mark Dalton said", "said a
friend of Mark Dalton") are an unnamed source, never the person named after "of"."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_critics_of_a_named_person_opening_a_sentence_speak_not_the_person():
    text = (
        "The housing bill passed the state senate on Tuesday.\n\n"
        "Critics of Sen. Mark Dalton said the measure was “a giveaway to banks.”\n"
    )
    assert speakers_of(text) == ["critics of Sen. Mark Dalton"]


def test_a_friend_of_a_named_person_after_the_verb_speaks_not_the_person():
    text = (
        "The housing bill passed the state senate on Tuesday.\n\n"
        "“He never wanted this fight,” said a friend of Mark Dalton, who asked not to be named.\n"
    )
    assert speakers_of(text) == ["a friend of Mark Dalton"]
    assert kinds_of(text) == {"a friend of Mark Dalton": "unnamed"}


def test_supporters_of_a_named_person_after_a_quotation_speak_not_the_person():
    text = (
        "The housing bill passed the state senate on Tuesday.\n\n"
        "“It is a lifeline for renters,” supporters of Mark Dalton said.\n"
    )
    assert speakers_of(text) == ["supporters of Mark Dalton"]


def test_a_title_with_of_before_the_name_still_names_the_speaker():
    text = (
        "The housing bill passed the state senate on Tuesday.\n\n"
        "“It is a lifeline for renters,” said Secretary of State Mark Dalton.\n"
    )
    assert speakers_of(text) == ["Mark Dalton"]
