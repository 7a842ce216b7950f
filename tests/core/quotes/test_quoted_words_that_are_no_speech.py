"""Wrong speakers and quotations that are no one's words, found on news texts (issue 11, session 14).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_the_spokesman_no_one_is_named_as_is_an_unnamed_source_not_the_person_last_named():
    text = (
        "Mayor Ada Holt said on Monday that the ferry plan would go ahead.\n\n"
        "Holt’s spokesman said the mayor stood by her plan.\n\n"
        "Ben Dorn, the council’s treasurer, opposed the plan.\n\n"
        "“The mayor has made her views very clear. She disagrees with them,” the spokesman said. “She "
        "stands by her comments.”\n"
    )
    assert speakers_of(text) == ["the spokesman", "the spokesman"]
    assert kinds_of(text) == {"the spokesman": "unnamed"}


def test_a_named_spokeswoman_is_still_the_one_the_spokeswoman_means():
    text = (
        "Carla Pike, a spokeswoman for the harbor board, spoke on Monday.\n\n"
        "Ben Dorn opposed the plan.\n\n"
        "“The board has made its views very clear,” the spokeswoman said.\n"
    )
    assert speakers_of(text) == ["Carla Pike"]


def test_a_quotation_before_headlines_or_signs_is_what_they_read_not_speech():
    text = (
        "Ben Dorn ran a quiet campaign. “We will win the harbor,” Dorn said in March.\n\n"
        "At the end of April, Dorn earned “is it over?” headlines when his staff were fired, and "
        "supporters wore “we are still here!” T-shirts.\n"
    )
    assert speakers_of(text) == ["Ben Dorn"]


def test_a_quotation_opening_a_new_sentence_after_a_quotation_is_still_speech():
    text = "Ben Dorn told reporters simply, “We lost.” T-shirts with his words appeared within hours.\n"
    assert speakers_of(text) == ["Ben Dorn"]


def test_a_translation_after_latin_for_is_no_one_s_words():
    text = (
        "Tom Reyes auctioned the ferry bell on Monday. “It rang for fifty years,” Reyes said.\n\n"
        "He ended the notice with “Si Vis Pacem Para Bellum,” Latin for “if you wish peace, prepare "
        "for war.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]
