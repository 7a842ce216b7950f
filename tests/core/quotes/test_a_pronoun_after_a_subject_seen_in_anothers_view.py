"""A name whose clause goes on with a view set off as someone's ("But Mr. Halvorsen is not, in his eyes,
one of the problems") is talked of in the view of the person the paragraph named as its subject
before: a he opening the next paragraph goes on from that person; without the view, from the name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Voters in the Lindale district want the election to focus on rents, not on the old photos of Mayor "
    "Peter Halvorsen.\n\n"
)
QUOTE = "“Personally, I wasn’t offended by that,” he says.\n"


def test_he_after_a_subject_in_anothers_view_is_the_paragraphs_subject():
    text = LEAD + (
        "Samuel Ortega, who works nights at a bakery, says that he does believe prejudice holds some of "
        "his friends back. But Mr. Halvorsen is not, in his eyes, one of the problems.\n\n"
    )
    assert speakers_of(text + QUOTE) == ["Samuel Ortega"]


def test_he_after_a_plain_subject_is_that_subject():
    text = LEAD + (
        "Samuel Ortega, who works nights at a bakery, says that he does believe prejudice holds some of "
        "his friends back. But Mr. Halvorsen is not one of the problems.\n\n"
    )
    assert speakers_of(text + QUOTE) == ["Peter Halvorsen"]
