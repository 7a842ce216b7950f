"""A partial quotation echoed by a longer one of the same speaker is kept (issue 11, session 5)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_partial_quotation_inside_a_longer_one_of_the_same_speaker_is_kept():
    text = (
        'Ann Holt\'s fare plan would "end the cheap crossings we all know," Tom Reed declared on Monday.\n\n'
        '"It is a bit concerning to me because it would end the cheap crossings we all know, the island '
        'passes and the school runs," Reed said.\n'
    )
    assert speakers_of(text) == ["Tom Reed", "Tom Reed"]
