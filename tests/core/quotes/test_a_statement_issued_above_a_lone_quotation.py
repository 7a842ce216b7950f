"""A quotation standing alone below a paragraph ending "<person> issued a statement ...": the
statement's words, so that person's, even when the paragraph names someone else first; when no
person issued it ("The company issued a statement."), no one named above is given it: the body
that issued it speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Arrest\n\n"
QUOTE = "“We will answer the charges in court and will mount a vigorous defense.”\n"


def test_the_lawyer_who_issued_the_statement_speaks():
    text = LEAD + (
        "Rep. Anton Vale was arrested on Monday. Vale's lawyer, Joan Ferro, issued a statement "
        "shortly after his arrest.\n\n" + QUOTE
    )
    assert speakers_of(text) == ["Joan Ferro"]


def test_a_statement_no_person_issued_is_not_the_person_named_above():
    text = LEAD + "Rep. Anton Vale was arrested on Monday. The company issued a statement.\n\n" + QUOTE
    assert speakers_of(text) == ["the company"]
