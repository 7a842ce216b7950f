"""An age ("said the 78-year-old") after a sentence naming one person only as the owner of things
("Many of Brandt's pictures ...") means that person; an owner of a role ("Holt's lawyer") may not be."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_age_after_a_sentence_naming_one_owner_of_things_means_that_owner():
    text = (
        "In a career of more than forty years, Otto Brandt has painted ports, ships and weather. Many of "
        "Brandt's best known pictures have shown harbours. “It's a very windy corner,” said the "
        "74-year-old.\n"
    )
    assert speakers_of(text) == ["Otto Brandt"]


def test_an_age_after_a_sentence_naming_the_owner_of_a_role_stays_unclear():
    text = (
        "Tom Holt was charged on Monday. Holt's lawyer said he would appeal. “It is a travesty,” said "
        "the 45-year-old.\n"
    )
    assert speakers_of(text) == [None]


def test_an_age_after_a_sentence_with_an_unnamed_buyer_beside_the_owner_stays_unclear():
    text = (
        "Three of Tom Hale's paintings were bought on Friday by an anonymous collector from Leeds. "
        "“I have wanted one for years,” said the 60-year-old.\n"
    )
    assert speakers_of(text) == [None]  # the words stay unattributed
