"""An unnamed source a name describes ("a Holt transition official", "a Holt pal"): the source
speaks, under its whole label, never the person whose official or friend it is.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "President Ada Holt spoke in Port Ellis on Monday.\n\n"


def test_a_name_and_a_plain_noun_before_the_source_noun_are_its_label():
    text = _OPENING + "“We are giving clear guidance every day,” a Holt transition official said.\n"
    assert speakers_of(text) == ["a Holt transition official"]


def test_such_a_source_opening_the_sentence_goes_on_in_a_participle():
    text = (
        _OPENING + "A Holt transition official disputed any divide, saying the team is “giving clear "
        "guidance every day.”\n"
    )
    assert speakers_of(text) == ["a Holt transition official"]


def test_a_pal_named_by_a_persons_surname_speaks_before_a_colon():
    text = _OPENING + "Why not? A Holt pal offered this explanation to me: “Because she is not a fool.”\n"
    assert speakers_of(text) == ["a Holt pal"]
