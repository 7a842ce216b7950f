"""An op-ed speaks through its author ("said a March 3 op-ed in The Harbor Gazette co-authored by
river ecologist Paul J. Renner", "said an op-ed written by Paul Renner"), and alone as a writing
("said a March 3 op-ed in The Harbor Gazette": the paper's)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Flood rules\n\nMayor Dana Whitlock has said she supports the plan.\n\n"
QUOTE = "“The water is already in our basements,” "


def test_an_op_ed_co_authored_by_a_person_in_a_paper_is_the_authors():
    text = (
        LEAD
        + QUOTE
        + "said a March 3 op-ed in The Harbor Gazette co-authored by river ecologist Paul J. Renner.\n"
    )
    assert speakers_of(text) == ["Paul J. Renner"]


def test_an_op_ed_written_by_a_person_is_the_authors():
    text = LEAD + QUOTE + "said an op-ed written by Paul Renner.\n"
    assert speakers_of(text) == ["Paul Renner"]


def test_an_op_ed_in_a_paper_is_the_papers():
    text = LEAD + QUOTE + "said a March 3 op-ed in The Harbor Gazette.\n"
    assert speakers_of(text) == ["the Harbor Gazette"]
