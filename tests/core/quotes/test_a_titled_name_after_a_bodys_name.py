"""A capitalised title after a body's long name, then two words before the verb, names a person even
when the first is no given name the lists hold ("Office of Management and Budget Director Mick
Mulvaney said") (issue 11)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = "The city's parks have been shut for a month.\n\n"


def test_a_director_of_an_office_with_an_uncommon_given_name_speaks():
    text = _LEAD + (
        "“If ordinary rules applied, the parks would be open today,” Office of Parks and Recreation "
        "Director Zorik Brandt said, when asked about the rules.\n"
    )
    assert speakers_of(text) == ["Zorik Brandt"]


def test_the_pronoun_after_a_director_of_an_office_goes_to_the_director():
    text = _LEAD + (
        "“If ordinary rules applied, the parks would be open today,” Office of Parks and Recreation "
        "Director Zorik Brandt said. “We cannot open them without the council,” he continued.\n"
    )
    assert speakers_of(text) == ["Zorik Brandt", "Zorik Brandt"]


def test_a_body_named_after_a_title_word_is_no_person():
    text = _LEAD + "“The parks will reopen in June,” the Department of Parks and Recreation said.\n"
    assert speakers_of(text) == ["the Department of Parks and Recreation"]
