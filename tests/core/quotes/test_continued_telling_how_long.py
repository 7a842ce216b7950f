"""`talks in Linden continued into the autumn`: "continued" before words telling how long something went
on is no verb of saying, so the place or the talks before it never speak; `“…,” Holt continued` still
carries on Holt's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "Ivo Veil, a former aide, spoke to the board on Monday.\n\n"


def test_what_continued_into_a_time_is_no_speaker():
    text = (
        "Veil says talks about building a casino in Linden continued well into the race — and that "
        "Brandt “knew of and approved” the talks.\n"
    )
    assert speakers_of(_OPENING + text) == ["Ivo Veil"]


def test_continued_after_a_quotation_still_carries_on_the_speaker():
    text = "“We will not stop,” Veil continued. “Not this year.”\n"
    assert speakers_of(_OPENING + text) == ["Ivo Veil", "Ivo Veil"]
