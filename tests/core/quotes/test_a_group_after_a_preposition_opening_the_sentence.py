"""A group named after a preposition opening the sentence ("To college students: “…”", "... there were
“very fine people” among protesters on both sides, adding: “…”") is whom the words are for or about,
no group speaking."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Gov. Mark Holt toured the state on Tuesday, with a message for each crowd.\n\n"


def test_a_label_addressing_a_group_names_no_speaker():
    text = LEAD + "To college students: “Because the president has failed you, you cannot find work.”\n"
    assert speakers_of(text) == [None]


def test_the_next_label_with_its_speaker_still_attributes():
    text = LEAD + (
        "To college students: “Because the president has failed you, you cannot find work.”\n\n"
        "To the elderly: “Your benefits are safe with me,” Mr. Holt said.\n"
    )
    assert speakers_of(text)[1] == "Mark Holt"


def test_a_group_among_a_preposition_phrase_before_a_participle_is_not_the_speaker():
    text = LEAD + (
        "Among protesters on both sides, Holt noted there were “very fine people,” adding: "
        "“I am not talking about the ones who should be condemned.”\n"
    )
    assert speakers_of(text)[1] == "Mark Holt"
