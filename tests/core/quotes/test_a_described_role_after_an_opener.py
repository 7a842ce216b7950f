"""A role with its describing words after an opener's comma ("Meanwhile, conservative radio host
Gordon Tally thinks ...") opens the clause: the person is its subject, whom a later "he says" means,
not the one quoted before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Buses\n\nLawmakers in Dunmore are split over the new transit bill.\n\n"


def test_he_after_an_opener_and_a_described_role_is_that_person():
    text = TITLE + (
        "“I respect the work of the committee,” Senator Paul Renwick said on local radio.\n\n"
        "Meanwhile, conservative radio host Gordon Tally thinks anyone who backs the bill will pay.\n\n"
        "“There's not a big group of voters who care about buses,” he says.\n"
    )
    assert speakers_of(text) == ["Paul Renwick", "Gordon Tally"]
