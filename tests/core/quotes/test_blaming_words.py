"""Words quoted after "blamed", "faulted" or "commended" ("Lark blamed “the harbor fees” for the
gap") are the subject's, as after "criticized" or "attacked"; "are to blame" is being at fault, no
one's verb of saying."""

from __future__ import annotations

from .speakers import speakers_of


def test_words_a_person_blamed_for_something_are_theirs():
    text = (
        "Mayor Tom Reyes opened the meeting on Monday.\n\n"
        "“We are short again,” Reyes said. Dee Lark blamed “the harbor fees and the tolls” for the gap.\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "Dee Lark"]


def test_words_blamed_in_a_relative_clause_are_the_persons_it_follows():
    text = (
        "The first to speak was former manager Dee Lark, who blamed “wild outlays by the council” "
        "for the gap.\n"
    )
    assert speakers_of(text) == ["Dee Lark"]


def test_to_blame_after_a_copula_leaves_the_words_to_the_teller():
    text = (
        "Governor Dee Lark spoke in Fort Wayne on Friday.\n\n"
        "The governor said the papers are to blame for focusing on “he said this, he tweeted that.”\n"
    )
    assert speakers_of(text) == ["Dee Lark"]


def test_words_commended_in_a_reported_clause_are_its_subjects():
    text = (
        "Mayor Tom Reyes opened the meeting on Monday.\n\n"
        "A summary of the call said Dee Lark commended Holt’s board for “bold action to tackle waste "
        "at the port.”\n"
    )
    assert speakers_of(text) == ["Dee Lark"]


def test_words_a_person_was_prompted_to_slam_as_something_are_theirs():
    text = (
        "Mayor Tom Reyes won the vote in Harlow, prompting Dee Lark to slam the count as “rigged "
        "from the start.”\n"
    )
    assert speakers_of(text) == ["Dee Lark"]
