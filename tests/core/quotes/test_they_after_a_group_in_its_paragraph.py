"""A "they" whose paragraph has a group speaking before it ("Analysts at Brightwater said .... “…,” they
wrote") means that group, not a source quoted in an earlier paragraph ("a board spokeswoman"); with
no group speaking in its paragraph ("Workers gathered outside"), "they" still goes on with the source
just quoted."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = (
    "Harlow Motors is recalling 80,000 vans.\n\n"
    "“We want to understand the timeline,” a board spokeswoman said.\n\n"
)


def test_they_after_a_group_speaking_in_its_paragraph_is_that_group():
    text = OPENING + (
        "Analysts at Brightwater Capital said the cost could reach $60 million. “This is a manageable "
        "hit,” they wrote in a note to clients.\n"
    )
    assert speakers_of(text) == ["a board spokeswoman", "analysts"]


def test_they_opening_a_paragraph_with_no_group_goes_on_with_the_source_just_quoted():
    text = OPENING + "“This is a manageable hit,” they said.\n"
    assert speakers_of(text) == ["a board spokeswoman", "a board spokeswoman"]


def test_they_after_a_group_only_doing_something_goes_on_with_the_source_just_quoted():
    text = (
        "“We will not close the plant,” company officials said.\n\n"
        "Workers gathered outside the gates on Friday. “Nobody will lose a job,” they added.\n"
    )
    assert speakers_of(text) == ["company officials", "company officials"]
