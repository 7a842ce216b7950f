"""A name after "to" (or "with", "about", "against") inside a longer subject is whom the subject is
addressed to or about, never the speaker of the verb after it: "A letter from the union to Tom Hale
asks for talks: “…,” it said" is the letter's, never Tom Hale's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_letter_to_a_person_speaks_its_words_not_the_addressee():
    text = (
        "The dock union has written to the owner of the harbour.\n\n"
        "A letter from the union to Tom Hale asks for talks: “We would like to meet you before the end "
        "of the month,” it said.\n\nHale has not replied.\n"
    )
    assert speakers_of(text) == ["a letter from the union"]


def test_an_email_to_a_person_advising_is_not_the_addressees_words():
    text = (
        "Harbor Partners wants the pier.\n\nAn email from Harbor Partners to Tom Hale advises him to "
        "sell: “The offer will not be repeated.”\n"
    )
    assert speakers_of(text) == ["an email from Harbor Partners"]


def test_a_name_opening_the_sentence_still_speaks():
    text = "Tom Hale wrote to the union on Monday.\n\nTom Hale asks for time: “We need a month.”\n"
    assert speakers_of(text) == ["Tom Hale"]


def test_a_name_after_with_and_a_who_clause_speaks_in_it():
    text = (
        "Obama has had a frosty relationship with Tom Hale, now the majority leader, who in 2010 said "
        "the goal was to make him a “one-term president.”\n"
    )
    assert speakers_of(text) == ["Tom Hale"]
