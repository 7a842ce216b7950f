"""A man whose given name no list knows ("Jomo") is a man once a he has been resolved to him: a she
later in the article is never his, however close he stands."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TOUR = (
    "Senator Jomo Brandt toured the flooded farms near Harlow on Monday.\n\n"
    "“This is the worst I have seen,” he said.\n\n"
)


def test_a_she_after_a_man_a_he_was_resolved_to_is_not_his():
    text = (
        TOUR
        + "Brandt met farmer Marta Kellner, who lost her barn.\n\n“We have nothing left to plant,” she said."
    )
    assert speakers_of(text) == ["Jomo Brandt", None]


def test_a_later_he_still_goes_to_him():
    text = TOUR + "Brandt met the farmers of the valley.\n\n“We will rebuild every barn,” he said."
    assert speakers_of(text) == ["Jomo Brandt", "Jomo Brandt"]
