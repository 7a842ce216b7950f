"""A paragraph opening with a quotation and "it said" ("The Elmvale Union Leader criticized the
governor on Sunday. ¶ “…,” it said.") is the body the paragraph before ended on, as an opening
"It said …" is; a "they said" there is not read so."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "The Elmvale Union Leader criticized the governor in an editorial on Sunday.\n\n"


def test_it_said_after_a_quotation_opening_the_paragraph_is_the_body_before():
    text = LEAD + "“The State Police have no jurisdiction here,” it said.\n"
    assert speakers_of(text) == ["the Elmvale Union Leader"]


def test_they_said_there_is_not_the_body():
    text = LEAD + "“The State Police have no jurisdiction here,” they said.\n"
    assert speakers_of(text) != ["the Elmvale Union Leader"]


def test_it_said_after_a_main_clause_it_is_the_writing_an_opening_clause_names():
    text = (
        "While the report backed up many of the county's claims that its storm response was adequate, it "
        "criticized the roads department for having too few plows.\n\n"
        "“The county road crews were unable to clear the main routes that night,” it said.\n"
    )
    assert speakers_of(text) == ["the report"]


def test_it_said_reaches_the_body_past_a_dashed_aside_in_the_opening_phrase():
    text = (
        "Audit\n\nA city audit released on Monday found that the port had lost track of millions in fees.\n\n"
        "In its response to the audit -- released even before the board met to unveil it -- the Harbor "
        "Authority said the findings were wrong.\n\n"
        "It said the audit was “based on a flawed reading of the records kept by the port.”\n"
    )
    assert speakers_of(text) == ["the Harbor Authority"]


def test_it_said_reaches_the_body_past_a_participles_phrase_after_the_opening_phrase():
    text = (
        "Audit\n\nA city audit found that the port had lost track of millions in fees.\n\n"
        "In a long statement, released on Monday, the Harbor Authority said the findings were wrong.\n\n"
        "It said the audit was “based on a flawed reading of the records kept by the port.”\n"
    )
    assert speakers_of(text) == ["the Harbor Authority"]
