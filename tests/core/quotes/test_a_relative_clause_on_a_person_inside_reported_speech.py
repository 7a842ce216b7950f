"""Inside what one person reports, a relative clause on another person ("... than Carl Voss, who once
argued that “…”") gives its quotation to that person; a relative clause closed before the quotation
leaves it to the teller."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Mayoral race\n\nGovernor Ellen Marsh is facing a tense week.\n\n"


def test_an_open_relative_clause_gives_the_words_to_its_person():
    text = LEAD + (
        "Marsh argued that Mayor Tom Reddick would be a stronger leader than Carl Voss, who once argued "
        "that “city workers should never be allowed to strike” and referred to the council as “a zoo "
        "full of clowns and crooks.”\n"
    )
    assert speakers_of(text) == ["Carl Voss", "Carl Voss"]


def test_a_closed_relative_clause_leaves_the_words_to_the_teller():
    text = LEAD + "Marsh said that Carl Voss, who writes for a weekly paper, is “a menace to the city.”\n"
    assert speakers_of(text) == ["Ellen Marsh"]
