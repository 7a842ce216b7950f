"""An indefinite source opening the clause after a place phrase ("In Ellery, a pharmacist refused to
serve her, telling her daughter “…”", "In Antwerp, Belgium, a doctor refused ...") is whom the
participle goes on with; "Ellery, a pharmacist refused to ..." is no person with a role, as a past
that takes an infinitive makes a clause, not an apposition."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Harassment\n\nReports of harassment against fishermen rose sharply this summer.\n\n"


def test_a_town_before_a_pharmacist_who_refused_is_no_person():
    text = TITLE + (
        "In Ellery, a pharmacist refused to serve a woman, telling her daughter to “take her back to the"
        " island.”\n"
    )
    assert speakers_of(text) == ["a pharmacist"]


def test_a_town_and_its_country_before_a_doctor():
    text = TITLE + (
        "In Antwerp, Belgium, a doctor refused to treat a woman, telling her son to “send her to the"
        " coast for a few hours.”\n"
    )
    assert speakers_of(text) == ["a doctor"]
