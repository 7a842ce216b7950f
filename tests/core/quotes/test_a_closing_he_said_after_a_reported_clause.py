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


def test_commas_inside_an_earlier_quotation_of_the_sentence_are_no_aside():
    text = LEAD + (
        "An angry Moray said the complaints were “nothing but an excuse” for the losses.\n\n"
        "“We have heard Tom Reyes make these claims for years. And just as his ego could not handle "
        "losing,’’ now it appears Lionel Pruitt is trying to “drum up an excuse” for the losses, he said.\n"
    )
    assert speakers_of(text)[-1] == "Ansel Moray"
