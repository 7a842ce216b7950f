"""A name after an owner of several words ("Massachusetts Institute of Technology's Jim Walsh")
opening a sentence is that sentence's subject, as after a one-word owner ("Harvard's Jim Walsh")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_after_an_owner_of_several_words_opening_the_sentence_speaks_the_quotation_after_it():
    text = (
        "Cornelius Adebahr, a security specialist, predicted a propaganda victory. “It would give "
        "ammunition for Iran,” he said. Massachusetts Institute of Technology's Jim Walsh, a specialist "
        "on the talks, said the Iranian government would have little choice but to respond. “The "
        "Iranians are just not going to take it.”\n"
    )
    assert speakers_of(text) == ["Cornelius Adebahr", "Jim Walsh"]


def test_a_name_after_an_owner_inside_a_phrase_is_still_no_subject():
    text = (
        "Dana Holt won the heat in 10.1 seconds, ahead of Germany's Marc Blume. “I felt strong from the "
        "start,” she said.\n"
    )
    assert speakers_of(text) == ["Dana Holt"]
