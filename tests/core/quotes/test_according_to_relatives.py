""" "..., according to his uncle, Sam Reyes. “…,” he said": the relative named as the source speaks
the pronoun's quotation; the owner the relative is named by is talked about, no rival."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_QUOTE = "“He was always out in the fields,” he said.\n"


def test_the_named_uncle_after_according_to_speaks():
    text = f"Tom Bell was 12 when he first drove a tractor, according to his uncle, Sam Reyes.\n\n{_QUOTE}"
    assert speakers_of(text) == ["Sam Reyes"]


def test_the_named_relative_with_a_relative_clause_speaks():
    text = (
        "Tom Bell was 12 when he first drove a tractor, according to his uncle, Sam Reyes, who runs "
        f"the farm.\n\n{_QUOTE}"
    )
    assert speakers_of(text) == ["Sam Reyes"]


def test_a_relative_of_the_other_gender_does_not_take_he():
    text = f"Tom Bell was 12 when he first drove a tractor, according to his aunt, Ann Reyes.\n\n{_QUOTE}"
    assert speakers_of(text) != ["Ann Reyes"]
