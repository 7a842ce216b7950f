"""A surname after a given name, set beside an apposition that holds a business's noun ("Douglas
Wigdor, a founding partner of the firm"), is a person's, never a business called "Wigdor": "the
firm said" later is the firm."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_firm_after_a_partner_of_the_firm_is_the_firm():
    text = (
        "Lawyers hired\n\n"
        "Harlow LLP will represent Ms. Vance. Dora Harlow, a founding partner of the firm, backed her.\n\n"
        "“We will represent Ms. Vance zealously,” the firm said on Thursday.\n"
    )
    assert speakers_of(text) == ["the firm"]
