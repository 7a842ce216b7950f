"""The one written to before "to say" ("she later emailed a friend to say “…”") is the listener:
the infinitive's "to" speaks for no one, and the words are the subject's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Campaign trip\n\nThe trip cost the campaign $9,000.\n\n"


def test_the_subject_who_emailed_a_friend_speaks():
    text = (
        LEAD
        + "Margaret Hollis later emailed a friend to say “Lisbon was lovely. Truly our best trip so far.”\n"
    )
    assert speakers_of(text) == ["Margaret Hollis"]


def test_an_aide_to_someone_still_speaks_for_them():
    text = LEAD + "A council aide to one of the backers of the harbour motion said “the trip was approved.”\n"
    assert speakers_of(text) == ["a council aide"]
