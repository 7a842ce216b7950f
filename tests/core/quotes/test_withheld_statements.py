"""A sentence saying an organisation did NOT put out a statement (none issued, one declined or
refused, someone else's rejected) gives it no words: the quotation after it stays with the person
quoted before, or with no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_organisation_that_has_not_issued_a_statement_does_not_take_the_next_quotation():
    text = (
        "Lena Marsh, the tenants' leader, was angry on Friday. “They are stalling,” she said. "
        "Greyford Bank has not issued a statement. “It is shameful.”\n"
    )
    assert speakers_of(text) == ["Lena Marsh", "Lena Marsh"]


def test_an_organisation_that_rejected_anothers_statement_does_not_take_the_next_quotation():
    text = (
        "Lena Marsh, the tenants' leader, spoke on Friday. “We will withhold rent,” she said. "
        "Greyford Bank rejected her statement. “They never answer.”\n"
    )
    assert speakers_of(text) == ["Lena Marsh", "Lena Marsh"]


def test_an_organisation_that_declined_to_issue_a_statement_speaks_no_standalone_quotation():
    text = (
        "Lena Marsh, the tenants' leader, was angry on Friday. “They are stalling,” she said.\n\n"
        "Greyford Bank declined to issue a statement. “It is shameful.”\n"
    )
    assert "Greyford Bank" not in speakers_of(text)
