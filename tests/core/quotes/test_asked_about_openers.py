""" "Asked about Holt, Lind was dismissive: “…”": the name after an opening "Asked about" or "Asked
whether" is what the question was about, never the one who answers; the main clause's subject speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_BEFORE = "Ada Holt spoke in Ames on Monday. Her rival's campaign manager, Sara Lind, watched.\n\n"


def test_a_copula_and_a_colon_after_asked_about_a_name():
    text = _BEFORE + "Asked about Holt, Lind was dismissive: “She is a fine senator but not the nominee.”\n"
    assert speakers_of(text) == ["Sara Lind"]


def test_asked_whether_a_name_could_win():
    text = (
        _BEFORE
        + "Asked whether Holt could win, Lind was blunt: “She is a fine senator but not the nominee.”\n"
    )
    assert speakers_of(text) == ["Sara Lind"]


def test_a_verb_of_saying_in_the_main_clause_still_speaks():
    text = (
        _BEFORE
        + "Asked about Lind, Holt said her rival's aide was “a fine organiser with a bad candidate.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_pronoun_after_asked_whether_a_name_is_not_that_name():
    text = (
        "Gwen Holt is running for governor.\n\n"
        "Dana Lind is a pollster in Ohio. Asked whether Holt could win, she was blunt: “She has no chance.”\n"
    )
    assert speakers_of(text) == ["Dana Lind"]


def test_a_pronoun_after_asked_about_a_possessive_name_is_not_that_name():
    text = (
        "Gwen Holt is running for governor.\n\n"
        "Dana Lind is a pollster in Ohio. When asked about Holt’s chances, she was curt: “She has none.”\n"
    )
    assert speakers_of(text) == ["Dana Lind"]
