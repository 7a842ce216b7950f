"""A closing "he said" after a reported clause that names someone ("Lionel Pruitt is trying to
“hide the shortfall” before the election, he said.") is not that someone: he is the teller."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Budget row\n\nTreasurer Ansel Moray criticised the budget on Monday.\n\n"


def test_the_he_closing_the_sentence_is_not_the_one_reported_on():
    text = (
        LEAD + "Lionel Pruitt is trying to “hide the shortfall from voters” before the election, he said.\n"
    )
    assert speakers_of(text) == ["Ansel Moray"]
