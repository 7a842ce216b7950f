"""Quoted words that open on a verb of saying right after a name are not that person's when an
attribution set off by the quotation's comma tells them ("Veisz “explained to Brenn why he was
building the camps,” Tamberlane wrote"): the name is the subject of the quoted words, the one
after the quotation their speaker. With nothing after the quotation, the name still speaks them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Memoir\n\nPremier Aldo Brenn met Chancellor Otmar Veisz in private, according to a new memoir by"
    " former envoy Lucia Tamberlane.\n\n"
)


def test_words_opening_on_a_verb_before_a_set_off_attribution_are_the_attributions():
    text = (
        LEAD + "Veisz “explained to Brenn why he was building the camps along the river,” Tamberlane wrote.\n"
    )
    assert speakers_of(text) == ["Lucia Tamberlane"]


def test_words_opening_on_a_verb_with_no_attribution_after_are_the_named_persons():
    text = LEAD + "At the dinner, Veisz “explained to Brenn why he was building the camps along the river.”\n"
    assert speakers_of(text) == ["Otmar Veisz"]
