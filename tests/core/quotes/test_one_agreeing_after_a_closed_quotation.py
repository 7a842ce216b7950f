"""A quotation closed by a full stop that goes on from a named speaker's stays theirs when the next
sentence only has someone else agree ("Former chairman Arkwright, who retired in 2009, agreed.")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Pier plan\n\nResidents packed the town hall on Tuesday to debate closing the ferry pier.\n\n"


def test_the_words_before_an_agreeing_sentence_go_on_with_their_speaker():
    text = (
        TITLE
        + "“They should all resign,” said Gareth Pellow, a former harbor commissioner. "
        + "“And they should not discuss it in public.” Former council chairman Desmond Arkwright, "
        + "who retired in 2009, agreed.\n"
    )
    assert speakers_of(text) == ["Gareth Pellow", "Gareth Pellow"]


def test_a_closed_quotation_before_a_saying_sentence_is_its_speakers():
    text = (
        TITLE
        + "“They should all resign,” said Gareth Pellow, a former harbor commissioner. "
        + "“And they should not discuss it in public.” Desmond Arkwright said.\n"
    )
    assert speakers_of(text) == ["Gareth Pellow", "Desmond Arkwright"]
