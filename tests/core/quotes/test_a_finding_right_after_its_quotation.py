"""A short subject and "found" closing the sentence right after a quotation ("“…,” Brookings found.")
give the study's or the person's words, as "said" there does; "found" elsewhere is no speech."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = (
    "Study questions fare cuts\n\nThe Halden Policy Institute looked at the plan in a report on Monday.\n\n"
)


def test_a_body_that_found_right_after_the_quotation_speaks():
    text = TITLE + "“The night routes carry thousands of shift workers,” the institute found.\n"
    assert speakers_of(text) == ["Halden Policy Institute"]


def test_a_person_who_found_right_after_the_quotation_speaks():
    text = TITLE + "“The night routes carry thousands of shift workers,” Ada Holt found.\n"
    assert speakers_of(text) == ["Ada Holt"]


def test_found_with_words_after_it_is_no_speech():
    text = TITLE + "“The night routes are wasteful,” the minister found time to complain, aides recalled.\n"
    assert "Halden Policy Institute" not in speakers_of(text)
