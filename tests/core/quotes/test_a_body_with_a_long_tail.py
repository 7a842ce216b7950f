"""An organisation after a quotation speaks it however long the tail after its verb of saying runs
("said in a statement on Tuesday, explaining its decision to ..."), as a person or a role does; an
unnamed role with an owner ("Obama's former strategist") still goes to the person it refers back to."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_named_business_with_a_long_participle_tail_speaks():
    text = (
        "The bank closed four branches this year.\n\n"
        "“We are not going anywhere,” Harbor Bank said in a statement on Tuesday, explaining its "
        "decision to keep the branch open until spring.\n"
    )
    assert speakers_of(text) == ["Harbor Bank"]


def test_a_named_persons_office_with_a_long_participle_tail_speaks():
    text = (
        "Outgoing U.S. Attorney Ron Halvern disclosed the decision in a letter. Halvern leaves on Friday.\n\n"
        "“Ms. Pell did not waive her privilege,” Halvern’s office said in a statement, explaining his "
        "decision not to take the case to a grand jury.\n"
    )
    assert kinds_of(text) == {"Halvern’s office": "organisation"}


def test_an_owned_role_with_a_long_tail_is_still_the_person_it_refers_back_to():
    text = (
        "Dana Pruitt on Wednesday called on Tom Reyes to apologize to the council.\n\n"
        "“That was outrageous,” the mayor's former budget chief said in an interview with Harbor "
        "Radio’s Ann Cole.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_role_of_a_named_paper_with_a_long_tail_speaks():
    text = (
        "Mayor Owen Maddox begins his second term on Monday.\n\n"
        "“Not since the flood of 1952 has a new mayor of Corvel faced a harder task than Owen Maddox,” the "
        "city editor of the Corvel Ledger wrote in 2019, voicing a view common at the time.\n"
    )
    assert speakers_of(text) == ["the city editor of the Corvel Ledger"]
