"""A sentence that repeats an earlier caption's words but quotes something new ("Including Dr Ada
Vance, director of ..." and then "Dr Ada Vance, director of ..., said: ‘...’") is no repeat of
that quotation: its quotation is kept."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_CAPTION = (
    "The council met on Monday. "
    "Outspoken: Dr Ada Vance, director of the Harbor Institute of Ethics in Leeds . "
)
_BODY = (
    "Dr Ada Vance, director of the Harbor Institute of Ethics in Leeds, said: ‘This cruel attack shames "
    "the whole city and everyone in it. We must answer it together.’"
)


def test_the_new_quotation_is_kept_and_attributed():
    assert speakers_of(_CAPTION + "Critics were angry. " + _BODY) == ["Ada Vance"]


def test_a_true_repeat_of_a_quotation_is_still_dropped():
    text = _BODY + " The council met on Monday. " + _BODY
    assert speakers_of(text) == ["Ada Vance"]
