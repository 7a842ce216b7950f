"""The statement a person was just quoted from goes on in their name ("“…,” Tessa Lindqvist, press
secretary for the party, said in a statement. ¶ “…,” the statement continued.")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Endorsement\n\nGovernor Hal Brennick endorsed Julia Moravec on Tuesday.\n\n"


def test_the_statement_continued_is_the_persons_who_said_it():
    text = LEAD + (
        "“Brennick and Moravec remain the loudest voices of a tired old party,” Tessa Lindqvist, press "
        "secretary for the state Democratic Party, said in a statement.\n\n"
        "“Their angry message is now repeated by every candidate,” the statement continued.\n"
    )
    assert speakers_of(text) == ["Tessa Lindqvist", "Tessa Lindqvist"]


def test_a_statement_after_a_person_quoted_elsewhere_stays_the_statement():
    text = LEAD + (
        "“Julia has the energy this state needs,” Brennick said at a rally.\n\n"
        "“The party will unite behind her,” the statement said.\n"
    )
    assert speakers_of(text) == ["Hal Brennick", "the statement"]
