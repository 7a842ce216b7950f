"""A writing's words ("“…,” the statement said") are those of the one name that a sentence just before
makes the subject of "said" right after an opening phrase naming such a writing ("In a statement
Monday, Corvane said ..."), a company known by one word too; not of a person the sentence names only
as someone's ("In a statement Monday, Corvane's lawyer said ...")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Port\n\nInvestigators are looking into three voyages of the cargo ship Aldane.\n\n"
QUOTED = "“There is nothing on those ships that we would not show to an inspector,” the statement said.\n"


def test_the_statements_words_are_the_name_opening_after_in_a_statement():
    text = (
        LEAD + "In a statement Monday, Corvane said it had given investigators every manifest. It "
        "rejected the idea that it had hidden anything.\n\n" + QUOTED
    )
    assert speakers_of(text) == ["Corvane"]


def test_a_name_owning_the_subject_does_not_send_the_statement():
    text = (
        LEAD + "In a statement Monday, Corvane's lawyer said the firm had given investigators every "
        "manifest.\n\n" + QUOTED
    )
    assert speakers_of(text) == ["the statement"]
