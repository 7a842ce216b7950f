"""A paragraph opening "It said ..." after a paragraph whose last sentence has an organisation or a
writing as its subject ("..., the Harbor Institute report was optimistic.") is that report's, past an
opening phrase; never the phrase's first word, and never a person."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = (
    "Tax rises loom, the Harbor Institute said on Monday.\n\n"
    "Other than its warning on possible tax hikes, the Harbor Institute report was optimistic.\n\n"
)


def test_it_opening_the_paragraph_is_the_report_closing_the_one_before():
    text = BEFORE + "It said oil prices would have little effect, saying the “economy will grow strongly”.\n"
    assert speakers_of(text) == ["the Harbor Institute report"]


def test_it_after_a_person_closing_the_paragraph_before_gives_no_one():
    text = (
        "Tax rises loom, the Harbor Institute said.\n\nOn Monday, Ada Holt was optimistic.\n\n"
        "It said oil prices would have a limited effect, saying the “economy will grow strongly”.\n"
    )
    assert speakers_of(text) != ["Ada Holt"]
