"""People of one role speaking together after an inverted verb ("said the artists") are an unnamed
source, as "the artists said" already is; a plural that is no role ("said the rules") is none."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = "A new exhibition opened in Brussels on Monday.\n\n"


def test_the_plural_of_a_role_after_said_speaks_the_quotation():
    text = _LEAD + "“The river was integral to the city's survival,” said the artists.\n"
    assert speakers_of(text) == ["the artists"]


def test_a_plural_that_is_no_role_after_said_speaks_nothing():
    text = _LEAD + "“No photographs in the gallery,” said the rules.\n"
    assert speakers_of(text) == [None]
