"""A paragraph of a quotation and its attribution whose full stop was typed as a comma ("“…,”
Ellison said,") is story, not a photo caption: its quotation is listed with its speaker. A line
ending on a comma that quotes no one stays a caption."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Harbor budget\n\nMembers of the Brackton city council argued again on Monday over the harbor "
    "budget.\n\n“We have not seen any plan at all,” said Councilwoman Mara Ellison.\n\n"
)


def test_a_quotation_whose_attribution_ends_on_a_comma_is_listed():
    text = LEAD + (
        "“They are launching all kinds of other reviews, all kinds of other audits,” Ellison said,\n\n"
        "Councilman Teo Varga agreed.\n"
    )
    assert speakers_of(text) == ["Mara Ellison", "Mara Ellison"]


def test_a_quoted_sign_ending_on_a_comma_stays_a_caption():
    text = LEAD + (
        "“Save our harbor,” reads a banner hung across the square on Thursday,\n\n"
        "Councilman Teo Varga agreed.\n"
    )
    assert speakers_of(text) == ["Mara Ellison"]
