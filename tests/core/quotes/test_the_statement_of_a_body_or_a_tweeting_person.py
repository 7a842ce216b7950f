"""“…,” the statement said" speaks for whoever the sentence before says put it out: a body named by
capitals opening that sentence ("Greater Manchester Police condemned the leaks ... in a statement")
or a person who tweeted it ("Sadiq Khan, London's mayor, tweeted his statement")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Leaks\n\nInvestigators were angered by the leaks on Thursday.\n\n"


def test_a_body_opening_the_sentence_before_issues_the_statement():
    text = LEAD + (
        "Harbor County Police condemned the leaks in a statement on Thursday.\n\n"
        "“When the trust is breached it undermines these relationships,” the statement said.\n"
    )
    assert speakers_of(text) == ["Harbor County Police"]


def test_a_person_who_tweeted_the_statement_speaks_it():
    text = LEAD + (
        "Dara Okafor, the city's mayor, tweeted his statement regarding the incident.\n\n"
        "“A number of people have been injured,” the statement said.\n"
    )
    assert speakers_of(text) == ["Dara Okafor"]
