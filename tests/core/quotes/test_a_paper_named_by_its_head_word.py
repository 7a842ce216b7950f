"""A paper or newsletter named for its kind ("National Review", "the Drudge Report", "the Harbor
Ledger") is a body, never a person; a person "of" it still speaks under their own name."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

LEAD = "Vote looms\n\n"


@pytest.mark.parametrize(
    "paper", ["Harbor Review", "Harbor Report", "Harbor Chronicle", "Harbor Observer", "Harbor Ledger"]
)
def test_a_paper_named_for_its_kind_is_an_organisation(paper):
    text = LEAD + f"“The vote is a big win for the mayor,” {paper} said in an editorial.\n"
    assert kinds_of(text) == {paper: "organisation"}


def test_a_person_of_a_paper_named_for_its_kind_speaks():
    text = LEAD + (
        "Backers would see the vote as “a big win” for the mayor, Nate Fisk of the nonpartisan Fisk "
        "Political Report predicted.\n"
    )
    assert speakers_of(text) == ["Nate Fisk"]
