"""An unnamed source opening the sentence that serves someone a "who" clause describes ("An aide to a
councilman who favors closer ties with the Calden Shipping Guild said: “…”") speaks, labelled as
the aide to that someone, never the body the clause names; the same words after a named subject
("Lamb spoke to an aide to a councilman who ... and said") leave the words to that subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor\n\nHarbor commissioner Victor Lamb was fired on Tuesday.\n\n"


def test_the_aide_opening_the_sentence_speaks():
    text = LEAD + (
        "An aide to a councilman who favors closer ties with the Calden Shipping Guild said of Lamb: "
        "“He has been failing upward for years.”\n"
    )
    assert speakers_of(text) == ["an aide to a councilman"]


def test_an_aide_as_the_object_leaves_the_words_to_the_subject():
    text = LEAD + (
        "Lamb spoke to an aide to a councilman who favors closer ties with the Calden Shipping Guild "
        "and said: “I will be back in the spring.”\n"
    )
    assert speakers_of(text) == ["Victor Lamb"]
