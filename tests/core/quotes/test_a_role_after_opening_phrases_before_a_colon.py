"""A definite role opening the main clause after the phrases that open the sentence ("Earlier,
pushing back against the jokes, the harbor commissioner scored points with this line: “…”") is whom
the colon's quotation is given, as when the role opens the sentence."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = "Harbor commissioner Omar Tate needs a win in his home port.\n\n"


def test_a_role_after_an_adverb_and_a_participle_phrase_speaks():
    text = _LEAD + (
        "Earlier, pushing back against a rival's jokes about manners, the harbor commissioner scored "
        "some points with this line: “I care about being right.”\n"
    )
    assert speakers_of(text) == ["Omar Tate"]


def test_a_role_after_an_as_for_phrase_speaks():
    text = (
        "“Voters will walk away,” said Ida Berg, a veteran harbor commissioner. And as for the mayor's "
        "claim that the ferry will win them back, the veteran commissioner is unmoved: “That ship has "
        "sailed.”\n"
    )
    assert speakers_of(text) == ["Ida Berg", "Ida Berg"]
