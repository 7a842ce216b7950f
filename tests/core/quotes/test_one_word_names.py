"""One-word stage names ("Cher", "Madonna") and band names speak as the article treats them: a lone
word that tells something, with a he or she speaking right after, is a person."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_one_word_name_after_a_quotation_is_a_person():
    text = "The singer has sold millions of records.\n\n“I am not done yet,” Cher said on Monday.\n"
    assert speakers_of(text) == ["Cher"]
    assert kinds_of(text) == {"Cher": "person"}


def test_a_one_word_name_telling_something_before_she_said_is_a_person():
    text = "Madonna told fans she was back. “See you soon,” she said.\n"
    assert speakers_of(text) == ["Madonna"]
    assert kinds_of(text) == {"Madonna": "person"}


def test_a_noun_for_a_body_telling_something_makes_no_person():
    assert speakers_of("Police told reporters the man was armed. “He ran off,” she said.\n") == [None]


def test_a_band_named_alone_in_a_statement_speaks():
    text = "“We are sorry to cancel the show,” Wilco said in a statement.\n"
    assert speakers_of(text) == ["Wilco"]


def test_a_band_taken_up_as_the_band_is_an_organisation():
    text = "“We are sorry to cancel the show,” Wilco said. The band will play in June instead.\n"
    assert speakers_of(text) == ["Wilco"]
    assert kinds_of(text) == {"Wilco": "organisation"}


def test_a_band_named_after_its_kind_is_an_organisation():
    text = "The show was cancelled, said rock band Wilco.\n\n“We are sorry,” Wilco said.\n"
    assert kinds_of(text) == {"Wilco": "organisation"}


def test_a_one_word_name_with_too_before_its_verb_is_whom_the_next_she_means():
    text = (
        "Several performers pulled out of the Valmont festival on Wednesday after the mayor's remarks.\n\n"
        "Pop singer Dara Kellin said she would not take the stage, and the jazz pianist Odile Varga "
        "cancelled her two concerts.\n\n"
        "Zoraya, too, condemned the mayor on social media. “This is a hateful speech that tries to split "
        "a town that has always welcomed newcomers!” she wrote.\n"
    )
    assert speakers_of(text) == ["Zoraya"]
