"""A capitalised time word inside a paper's name ("The Morning Post says:", "The South China Morning
Post says:", "The Sunday Times reported:") is the name's word, so the whole name speaks, never "post"
or "Herald" alone (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Square\n\nPolice in Port Alder have largely withdrawn from the square.\n\n"
EXCERPT = "“Pressed on whether police planned to use rubber bullets, the chief refused to answer.”\n"


def test_a_paper_whose_name_opens_with_a_time_word_says_its_excerpt():
    assert speakers_of(TITLE + "The Morning Post says:\n\n" + EXCERPT) == ["the Morning Post"]


def test_a_time_word_after_a_place_in_the_name_is_the_names_too():
    assert speakers_of(TITLE + "The South China Morning Post says:\n\n" + EXCERPT) == [
        "the South China Morning Post"
    ]


def test_a_weekday_opening_a_papers_name_is_the_names_word():
    assert speakers_of(TITLE + "The Sunday Times reported: " + EXCERPT) == ["the Sunday Times"]
