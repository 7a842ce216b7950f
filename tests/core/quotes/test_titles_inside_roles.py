"""A publication's or programme's name in quotation marks inside a speaker's role ("Dana Fell,
editor-in-chief of the “Harbor Review,” told") is a title, not a quotation, and does not cut the
speaker off from the quotation before it."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_title_in_curly_marks_inside_the_role_leaves_the_speaker_named():
    text = (
        "Hate groups grew for a third year, a civil rights group said.\n\n"
        "“The numbers keep rising,” Dana Fell, editor-in-chief of the “Harbor Review,” told the newspaper.\n"
    )
    assert speakers_of(text) == ["Dana Fell"]
    assert kinds_of(text) == {"Dana Fell": "person"}


def test_a_title_in_straight_marks_inside_the_role_leaves_the_speaker_named():
    text = (
        "Hate groups grew for a third year, a civil rights group said.\n\n"
        '"The numbers keep rising," Dana Fell, editor-in-chief of the "Harbor Review," told the newspaper.\n'
    )
    assert speakers_of(text) == ["Dana Fell"]
