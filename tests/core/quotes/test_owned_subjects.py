"""A name after an owner of several words ("Northfield Institute of Shipping's Tom Rudge")
opening a sentence is that sentence's subject, as after a one-word owner ("Harvard's Tom Rudge")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_after_an_owner_of_several_words_opening_the_sentence_speaks_the_quotation_after_it():
    text = (
        "Carl Falster, a trade analyst, predicted a costly standoff. “It would hand a weapon to the "
        "exporters,” he said. Northfield Institute of Shipping's Tom Rudge, an expert on the tariffs, "
        "said the Chilean government would have little choice but to hit back. “The "
        "Chileans are simply not going to accept it.”\n"
    )
    assert speakers_of(text) == ["Carl Falster", "Tom Rudge"]


def test_a_name_after_an_owner_inside_a_phrase_is_still_no_subject():
    text = (
        "Dana Holt won the heat in 10.1 seconds, ahead of Germany's Marc Blume. “I felt strong from the "
        "start,” she said.\n"
    )
    assert speakers_of(text) == ["Dana Holt"]
