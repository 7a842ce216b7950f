"""A capitalised name in "’s" right before "said" ("Trader Joe’s said", "McDonald's said") owns no
noun: it is a business named so, and speaks as an organisation."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

LEAD = "Store shooting\n\nA gunman held shoppers hostage at a grocery store on Saturday.\n\n"
SAID = (
    "Henley Market’s said in a statement that the incident “has been an incredible trauma for our "
    "crew members.”\n"
)


def test_a_name_in_s_before_said_is_the_business():
    assert speakers_of(LEAD + SAID) == ["Henley Market"]


def test_the_business_is_listed_as_an_organisation():
    assert kinds_of(LEAD + SAID) == {"Henley Market": "organisation"}


def test_an_owner_before_its_statement_still_owns_it():
    text = LEAD + "Henley Market’s statement said the store would “stay closed until Thursday at least.”\n"
    assert speakers_of(text) == ["Henley Market"]
