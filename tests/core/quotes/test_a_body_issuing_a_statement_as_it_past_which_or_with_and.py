"""A body putting out a statement speaks the words the statement's "saying" clause quotes, however it
is written: an "it" standing for the body of the sentence before ("Instead, it issued a statement
saying that it is “…”"), past a relative clause set off by commas ("The Lodging Board, which
inspects the city's hotels, issued a statement saying"), or with an "and" inside its name ("The
Food and Drug Administration issued a statement saying"). An "it" no body stands for gives no one,
and an "and" joining a body to a person makes no longer name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor resort chosen to host trade forum\n\nThe Calloway Group’s resort will host the forum.\n\n"


def test_an_it_standing_for_the_body_before_issues_the_statement():
    text = LEAD + (
        "The Calloway Group did not answer questions about the resort’s finances. Instead, it issued a "
        "statement saying that it is “thrilled to welcome the visiting delegations.”\n"
    )
    assert speakers_of(text) == ["the Calloway Group"]


def test_a_body_past_its_relative_clause_issues_the_statement():
    text = LEAD + (
        "The Port Sefton Lodging Board, which inspects the city’s hotels, issued a statement saying it "
        "is “fully satisfied with the resort’s kitchens and rooms.”\n"
    )
    assert speakers_of(text) == ["the Port Sefton Lodging Board"]


def test_a_body_with_and_in_its_name_issues_the_statement():
    text = LEAD + (
        "The Food and Drug Administration issued a statement saying it is “deeply concerned about "
        "these incidents.”\n"
    )
    assert speakers_of(text) == ["the Food and Drug Administration"]


def test_a_body_with_and_in_its_name_after_said():
    text = LEAD + "“We are deeply concerned about these incidents,” said the Food and Drug Administration.\n"
    assert speakers_of(text) == ["the Food and Drug Administration"]


def test_an_it_standing_for_no_body_issues_nothing():
    text = LEAD + (
        "Tom Reyes did not answer questions about the resort’s finances. Instead, it issued a "
        "statement saying that it is “thrilled to welcome the visiting delegations.”\n"
    )
    assert speakers_of(text) == [None]


def test_an_and_joining_a_body_to_a_person_is_no_name():
    text = LEAD + "“We will look at the figures again,” said Harbor Bank and Tom Reyes.\n"
    assert speakers_of(text) == ["Harbor Bank"]
