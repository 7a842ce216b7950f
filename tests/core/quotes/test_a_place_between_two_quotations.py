"""A place named between two quotations of one sentence ("... is making the U.S. “a place where
...,” Ada Brill added") names no speaker: the attribution closing the sentence tells both."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Council feud\n\nThe vote is in May.\n\n"


def test_a_country_between_the_quotations_leaves_both_to_the_closing_attribution():
    text = LEAD + (
        "Mayor Tom Hale has turned the council “into a noisy shouting match” and is making the U.N. "
        "“a place where nobody listens to anyone,” Ada Brill added.\n"
    )
    assert speakers_of(text) == ["Ada Brill", "Ada Brill"]


def test_a_person_between_the_quotations_still_keeps_the_first():
    text = LEAD + (
        "Mayor Tom Hale called the council “a noisy shouting match” and Rita Vance called it "
        "“a place where nobody listens to anyone,” Ada Brill added.\n"
    )
    assert speakers_of(text)[0] != "Ada Brill"
