"""A group opened by a count right after the quotation ("“…,” over 1,200 doctors wrote in an open
letter released on Monday") speaks the words, however long the tail after its verb, as "the doctors
wrote" does; a count of things ("40 years of records showed") is no group of people."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Letter\n\nHealth workers have signed a letter calling for the Tamsin River mills to close.\n\n"
TAIL = " in an open letter released on Monday by the Tamsin Valley health board.\n"


def test_a_group_after_a_number_speaks():
    text = LEAD + "“Contaminated water is a public health emergency,” 1,200 doctors wrote" + TAIL
    assert speakers_of(text) == ["doctors"]


def test_a_group_after_over_and_a_number_speaks():
    text = LEAD + "“Contaminated water is a public health emergency,” over 1,200 doctors wrote" + TAIL
    assert speakers_of(text) == ["doctors"]


def test_a_group_after_more_than_a_number_speaks():
    text = LEAD + "“Contaminated water is a public health emergency,” more than 300 nurses wrote" + TAIL
    assert speakers_of(text) == ["nurses"]


def test_a_count_of_things_is_no_group():
    text = LEAD + "“Contaminated water is a public health emergency,” 40 years of records showed" + TAIL
    assert speakers_of(text) == [None]
