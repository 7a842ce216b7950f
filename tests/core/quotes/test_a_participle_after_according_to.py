"""A participle of saying after an "according to" phrase set in the sentence ("He made the same case
..., according to the Linden Courier, saying it is “…”") is the sentence subject's, not the
outlet's that reports it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_participle_after_according_to_an_outlet_is_the_subjects():
    text = (
        "Senator Tomas Varga has been trying to win over younger voters.\n\n"
        "Varga made the same case to volunteers at a separate event, according to the Linden Courier, "
        "saying it is not only about votes but is “the right thing to do for the party.”\n"
    )
    assert speakers_of(text) == ["Tomas Varga"]


def test_according_to_an_outlet_alone_still_names_the_outlet():
    text = "The plant will close in May, according to the Linden Courier, which called it “a sad day.”\n"
    assert speakers_of(text) == ["the Linden Courier"]


def test_a_participle_after_an_opening_according_to_a_named_outlet_is_the_subjects():
    text = (
        "The Morland county board approved a new budget on Friday.\n\n"
        "According to Channel 7 News, Rep. Tobias Wren, a Morland Democrat, released a statement "
        "Thursday saying, “This budget abandons the families who depend on our roads.”\n"
    )
    assert speakers_of(text) == ["Tobias Wren"]


def test_an_opening_according_to_a_named_outlet_still_speaks_for_a_bare_claim():
    text = "According to Channel 7 News, the plant will close in May, a “sad day for the town.”\n"
    assert speakers_of(text) == ["Channel 7 News"]
