"""A paragraph of quoted words alone after a sentence saying someone weighed in ("Tobin did not
weigh in until 6:40 a.m. Saturday.", "Tobin finally weighed in on Saturday.") gives the words to the
one who weighed in, though another person is named before in the sentence; not after one who did
not weigh in at all."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Mayor\n\nThe Daily Courier reported on Friday that investigators had opened an inquiry into Mayor"
    " Reginald Tobin’s dealings with a towing contractor.\n\n"
    "“This is a fishing expedition,” Tobin said in a statement on Friday night.\n\n"
)
WORDS = "\n\n“Just read the Failing Courier, which says the same tired crowd is investigating me!”\n"
SPOKESWOMAN = "Although the report drew a sharp response from the city’s spokeswoman, Alma Quist, "


def test_words_alone_after_one_who_did_not_weigh_in_until_then_are_his():
    text = LEAD + SPOKESWOMAN + "Tobin did not weigh in until 6:40 a.m. Saturday." + WORDS
    assert speakers_of(text) == ["Reginald Tobin", "Reginald Tobin"]


def test_words_alone_after_one_who_finally_weighed_in_are_his():
    text = LEAD + SPOKESWOMAN + "Tobin finally weighed in on Saturday morning." + WORDS
    assert speakers_of(text) == ["Reginald Tobin", "Reginald Tobin"]


def test_one_who_did_not_weigh_in_says_nothing():
    text = LEAD + SPOKESWOMAN + "Tobin did not weigh in." + WORDS
    assert speakers_of(text) == ["Reginald Tobin", None]
