"""A quotation ending in a question mark, then a sentence whose person demands or asks it with a
tail that only says where and when, then a participle ("... (D-Fenwick) demanded at a hearing
Tuesday, channeling the frustration of his colleagues."), is that person's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = "Lawmakers pressing for firings at the port authority are going to be disappointed.\n\n"


def test_a_question_demanded_at_a_hearing_before_a_participle_is_the_demanders():
    text = BEFORE + (
        "“Why weren't more people fired?” Harbor Committee Chairman Walt Ormond (D-Fenwick) demanded "
        "at a hearing Tuesday, channeling the frustration of his colleagues.\n"
    )
    assert speakers_of(text) == ["Walt Ormond"]
