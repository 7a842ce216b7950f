"""A person named right before a colon after "about", "concerning" or "regarding" ("a pointed question
about candidate Walt Ibsen: “…?”") is whom the words are about, not their speaker; one the colon
follows with no such word ("More from Ibsen:") still speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_question_about_a_candidate_is_not_the_candidates():
    text = (
        "The staff voted on questions for their chief. One popular choice was a pointed question about "
        "candidate Walt Ibsen: “What duty do we have to stop him?”\n"
    )
    assert speakers_of(text) == [None]


def test_more_from_a_person_is_that_persons():
    text = "Mayor Walt Ibsen spoke at the harbor on Monday. More from Ibsen: “We will fix the ferry.”\n"
    assert speakers_of(text) == ["Walt Ibsen"]
