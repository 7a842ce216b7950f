"""A nationality noun standing for a person ("the Frenchman said") never means someone the article has
already called by another nationality: after "The Chilean refused to blame the referee", Pablo Ortega is
the Chilean, so a later "the Frenchman said" is not his, whether or not a when-clause's subject stands
between; and once Luc Moreau has been "the Frenchman", "the Chilean said" is not Moreau."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = (
    "Harbour Rovers went top of the league on Saturday with a 2-0 win at Eastfield.\n\n"
    "It left Pablo Ortega's team three points behind the leaders. “We must keep fighting, but the title "
    "is far away now,” said Ortega, whose side face Lyon next week.\n\n"
)
_CHILEAN = (
    "The Chilean refused to blame the referee for the late penalty that was not given. “The referee "
    "decides these moments and I do not talk about them,” he said.\n\n"
)
_NORTHAM = "Eastfield remain a point ahead of Northam after Luc Moreau's team won 3-0 at home on Saturday. "
_FRENCHMAN = "“We have to believe that we can do it,” the Frenchman said of Tuesday's trip to Lyon.\n"


def test_the_frenchman_is_not_the_one_called_the_chilean():
    text = (
        _OPENING + _CHILEAN + _NORTHAM + "The Northam side has now won four games in a row.\n\n" + _FRENCHMAN
    )
    assert speakers_of(text) == ["Pablo Ortega", "Pablo Ortega", None]


def test_the_frenchman_is_not_the_chilean_past_a_when_clause():
    chilean = _CHILEAN.replace(
        "for the late penalty that was not given.",
        "for not giving a penalty in the last minute, when Ivan Sola was brought down.",
    )
    text = _OPENING + chilean + _NORTHAM.rstrip() + "\n\n" + _FRENCHMAN
    assert speakers_of(text) == ["Pablo Ortega", "Pablo Ortega", None]


def test_one_called_the_frenchman_is_not_the_chilean():
    text = (
        _OPENING
        + _CHILEAN
        + _NORTHAM
        + "Moreau watched from the stand.\n\n"
        + _FRENCHMAN
        + "\n“We were unlucky today,” the Chilean said.\n"
    )
    assert speakers_of(text)[2:] == ["Luc Moreau", None]
