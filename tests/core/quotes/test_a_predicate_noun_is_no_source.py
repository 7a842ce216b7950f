"""A noun phrase after "is" or a joined "He's" says what someone is ("This is a man who says his
plan is “flexible”"): no source speaking, so its words are given to no "a man"; a person brought in
by a/an at the head of a clause still speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = "Councilor Nadia Brook spoke to farmers about her opponent, Grant Vesey.\n\n"


def test_a_man_after_is_is_no_source():
    text = _LEAD + "This is a man who says his budget plan is to be “flexible.” Think about it.\n"
    assert speakers_of(text) == [None]


def test_a_fellow_after_a_joined_hes_is_no_source():
    text = _LEAD + "He's a fellow who says, “Maybe we should sell the library,” and worse.\n"
    assert speakers_of(text) == [None]


def test_a_man_opening_the_sentence_still_speaks():
    text = _LEAD + "A man who farms near the river says, “Maybe we should sell the library.”\n"
    assert speakers_of(text) == ["a man"]
