"""A participle after the comma closing its clause that introduces words ("..., suggesting that
the results “…”", "..., tweeting at one point, “…”", "..., claiming he was “…”") goes on with the
clause's subject, as "saying" does, a body or an unnamed source opening the clause too."""

from __future__ import annotations

import pytest

from .speakers import speakers_of

LEAD = "Voting rights group Fair Count has raised money for a recount in two counties.\n\n"


@pytest.mark.parametrize(
    "tail",
    [
        "suggesting that the results “are easily explained by turnout, not fraud.”",
        "arguing that the results “are easily explained by turnout, not fraud.”",
        "tweeting at one point, “The results are easily explained by turnout, not fraud.”",
        "claiming the results “are easily explained by turnout, not fraud.”",
    ],
)
def test_a_person_opening_the_clause_says_the_words(tail):
    text = LEAD + f"Analyst Mark Dunmore sounded a skeptical note, {tail}\n"
    assert speakers_of(text) == ["Mark Dunmore"]


@pytest.mark.parametrize("participle", ["suggesting", "arguing", "claiming", "declaring"])
def test_a_body_opening_the_clause_says_the_words(participle):
    text = (
        LEAD
        + f"The Tally Desk sounded a skeptical note, {participle} that the results "
        + "“are easily explained by turnout.”\n"
    )
    assert speakers_of(text) == ["the Tally Desk"]


def test_a_body_tweeting_at_one_point_says_them():
    text = LEAD + (
        "Harbor City police blamed the damage on a few marchers, tweeting at one point, "
        "“Most of the crowd is asking the vandals to stop.”\n"
    )
    assert speakers_of(text) == ["Harbor City police"]
