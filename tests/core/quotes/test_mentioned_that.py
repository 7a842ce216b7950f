""" "Mentioned that" tells what someone said ("Holloway, who mentioned that Governor Finch “…”"), as
"noted that" does; "mentioned" with no "that" ("the plan mentioned above") says nothing."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Spill coverage\n\nThe Dunmore River spill got almost no coverage on the evening news.\n\n"


def test_one_who_mentioned_that_speaks_the_words_after():
    text = LEAD + (
        "The program hosted the Ledger reporter Petra Holloway, who mentioned that Governor Aldo Finch "
        "“worked at Ormond Power for 20 years before he ran for governor.”\n"
    )
    assert speakers_of(text) == ["Petra Holloway"]


def test_mentioned_with_no_that_says_nothing():
    text = LEAD + "Governor Aldo Finch mentioned the “cleanup fund” in passing at a ribbon cutting.\n"
    assert speakers_of(text) == []
