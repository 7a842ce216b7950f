"""A given name before a lower-case particle and a surname ("Bill de Blasio") stays the name's first
word though the text also writes that word in lower case ("a bill by Sen. Ada Korver")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Housing plan\n\nThe city unveiled a new housing plan on Tuesday.\n\n"


def test_the_given_name_is_kept_beside_the_common_word():
    text = (
        TITLE
        + "Mayor Bill de Blasio defended the plan at City Hall.\n\n"
        + "“We are building more homes than any city,” de Blasio said.\n\n"
        + "The plan follows a bill by Sen. Ada Korver that would fund repairs.\n"
    )
    assert speakers_of(text) == ["Bill de Blasio"]


def test_a_common_word_before_a_particle_name_still_goes():
    text = (
        TITLE
        + "Harbor Rosa de Lima told the board the plan was late.\n\n"
        + "“We waited a year,” de Lima said.\n\n"
        + "Boats filled the harbor on Monday.\n"
    )
    assert speakers_of(text) == ["Rosa de Lima"]
