"""A body opening its sentence with an apposition describing it ("The Migration Policy Institute, a
nonpartisan research group, counted ..., noting that “…”") still speaks its participle's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Rule changes\n\nThe rules changed in May.\n\n"


def test_a_described_body_speaks_its_participles_words():
    text = LEAD + (
        "The Harbor Policy Institute, a nonpartisan research group, counted more than 100 of them, "
        "noting that “most have moved forward untouched.”\n"
    )
    assert speakers_of(text) == ["the Harbor Policy Institute"]


def test_an_apposition_naming_a_person_is_no_description():
    text = LEAD + (
        "The Harbor Policy Institute, led by Ada Lind, counted more than 100 of them, noting that "
        "“most have moved forward untouched.”\n"
    )
    assert speakers_of(text) != ["the Harbor Policy Institute, led by Ada Lind"]
