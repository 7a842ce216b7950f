"""A person's noun of speech opening the words after a colon, only words describing the person before
the name ("A prediction: The Greek fabulist Teodor Anzel’s old warning: “…” — “…”"), heads the
quotation as "by Anzel's old warning:" would: the words, and their translation set off by dashes, are
the owner's. A verb between the colon and the owner ("Verity responded to Anzel’s old warning:")
keeps the words with the one who answers."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Review\n\nThe Orlan Theatre opened its autumn season on Friday with a revival that had been "
    "promised as the event of the year in Castleford.\n\n"
)


def test_the_owners_words_and_their_translation_are_the_owners():
    text = LEAD + (
        "A prediction for the reviews: The Greek fabulist Teodor Anzel’s old warning: “O vatrachos "
        "fysise kai eskase” — “The frog who puffed himself up to match the ox burst before the ox "
        "noticed him” — will be quoted by every critic in town.\n"
    )
    assert speakers_of(text) == ["Teodor Anzel", "Teodor Anzel"]


def test_one_answering_the_owners_noun_keeps_the_words():
    text = LEAD + (
        "Then came the director's answer: Salome Verity responded to Teodor Anzel’s old warning: “We "
        "took risks, and not every risk lands on the first night.”\n"
    )
    assert speakers_of(text) == ["Salome Verity"]
