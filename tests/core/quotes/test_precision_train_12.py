"""Wrong speakers found on PolNeAR's train split (issue 11, session 12 precision).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_headline_followed_by_its_byline_is_no_one_s_words_not_even_the_last_writer_s():
    text = (
        "—“Harbor ferry to add night runs,” by the Ledger's Dana Pruitt: “The harbor ferry will run "
        "until midnight from June, the port said on Tuesday.”\n\n"
        "—“Old mill to become a library,” by Times' Victor Hale: “The town council voted on Monday to "
        "turn the old mill into a library.”\n"
    )
    speakers = speakers_of(text)
    assert speakers[0] is None and speakers[2] is None  # the two headlines
    assert speakers[1] == "Dana Pruitt"
    assert "Dana Pruitt" not in speakers[2:]
