"""A plain noun for any organisation ("the agency", "the organization", "the group") that no name in
the article ends in is the organisation quoted just before it, in its paragraph or the one before;
never a country quoted before it, nor one quoted paragraphs back."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_agency_after_the_fbi_is_the_fbi():
    text = (
        "In a filing, the FBI confirmed that it was “working on matters related to the server.” The agency "
        "declined to detail the inquiry's “specific focus, scope or potential targets.”\n"
    )
    assert speakers_of(text) == ["the FBI", "the FBI"]


def test_the_organization_after_a_country_is_not_the_country():
    text = "China said the visit was “a positive step.”\n\n“We will not comment,” the organization said.\n"
    assert speakers_of(text) == ["China", "the organization"]


def test_the_agency_paragraphs_after_the_body_quoted_is_not_it():
    text = (
        "The FBI said it was “working on the case.”\n\nThe inquiry began in May.\n\nNo one was charged.\n\n"
        "“We will not comment,” the agency said.\n"
    )
    assert speakers_of(text) == ["the FBI", "the agency"]
