"""A participle of saying after a quoted label no one speaks ("defended “Lake County values,” saying
the city embodied the “…”") goes on with the sentence's subject, who speaks the quotation after it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_participle_after_a_quoted_label_speaks_for_the_sentences_subject():
    text = (
        "Mayor Dana Holt has delivered a spirited defense of “Lake County values,” saying the city "
        "embodied the “grit and heart of the whole state.”\n"
    )
    assert speakers_of(text) == [None, "Dana Holt"]


def test_a_quotation_after_a_spoken_one_keeps_its_speaker():
    text = "“We are broke,” Mayor Dana Holt said, adding that the city needed “help from the state.”\n"
    assert speakers_of(text) == ["Dana Holt", "Dana Holt"]
