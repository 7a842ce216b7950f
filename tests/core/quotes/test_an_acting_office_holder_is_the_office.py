"""A person brought in as standing in for an office ("acting city chief of staff Tom Ferris") is
whom a later "the chief of staff" means when no one holds that office for good; beside someone
who does ("Chief of Staff Rhea Dunn"), the bare office is still that other person."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ACTING = (
    "Festival\n\nThe mayor's marina will host the river festival, officials said on Thursday.\n\n"
    "“It is simply the best place,” acting city chief of staff Tom Ferris said.\n\n"
)
LATER = "“That was not the craziest idea anyone had ever heard,” the chief of staff said.\n"


def test_the_office_means_its_acting_holder_when_no_one_holds_it_for_good():
    assert speakers_of(ACTING + LATER) == ["Tom Ferris", "Tom Ferris"]


def test_the_office_means_its_holder_for_good_over_an_acting_one():
    text = (
        ACTING
        + "“We were not consulted,” said Chief of Staff Rhea Dunn, who is on leave.\n\n"
        + "Ferris took over her duties in May.\n\n"
        + LATER
    )
    assert speakers_of(text) == ["Tom Ferris", "Rhea Dunn", "Rhea Dunn"]
