""" "Holt cut in", "Reyes broke in": breaking into another's talk is a verb of saying, though
"cut" and "broke" alone are not ("cut in half" is no speech)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_DEBATE = "Mara Holt and Tom Reyes met for a debate on Monday. Reyes spoke of taxes for ten minutes.\n\n"


def test_cut_in_after_a_quotation_attributes_it():
    assert speakers_of(f"{_DEBATE}“That is simply not true,” Holt cut in.\n") == ["Mara Holt"]


def test_broke_in_before_a_colon_attributes_the_quotation():
    assert speakers_of(f"{_DEBATE}Reyes broke in: “You cut them twice.”\n") == ["Tom Reyes"]


def test_butted_in_with_a_pronoun_attributes_it():
    assert speakers_of(f"{_DEBATE}“Let me finish,” he butted in.\n") == ["Tom Reyes"]
