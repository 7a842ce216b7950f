"""A quotation set out alone and signed by the next paragraph ("- Name."), as fact checks do (session 12).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_dash_and_a_name_under_a_bare_quotation_sign_it():
    text = (
        "The ferry debate held few surprises. Mara Quill and Tobias Wren both spoke.\n\n"
        "“Fares on the island have doubled in ten years.”\n\n"
        "- Mara Quill.\n\n"
        "Fares rose by about 40 percent, according to the harbor board.\n"
    )
    assert speakers_of(text) == ["Mara Quill"]


def test_a_signature_may_carry_a_title_and_a_tail_after_a_comma():
    text = (
        "Mayor Tobias Wren spoke at the pier on Monday.\n\n"
        "“Great crossing. The new boats are ready.”\n\n"
        "—Mayor Wren, writing after the launch.\n"
    )
    assert speakers_of(text) == ["Tobias Wren"]


def test_a_dash_line_that_is_a_sentence_signs_nothing():
    text = (
        "Mara Quill and Tobias Wren spoke at the pier.\n\n"
        "“Fares on the island have doubled in ten years.”\n\n"
        "- Mara Quill went home after the debate.\n"
    )
    assert speakers_of(text) == [None]
