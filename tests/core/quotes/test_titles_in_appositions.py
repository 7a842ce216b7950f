"""A title quoted inside a name's apposition ("Lena Vale, star of “Harbor Nights,” thanked the mayor
for “…”") leaves the name the subject of the verb after it, who speaks the quotation."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_title_in_the_apposition_after_a_name_leaves_the_name_the_speaker():
    text = (
        "Actress Lena Vale met the mayor on Monday.\n\n"
        "Vale, star of the series “Harbor Nights,” thanked the mayor for “making our streets safer "
        "for everyone.”\n"
    )
    assert speakers_of(text) == ["Lena Vale"]


def test_a_possessed_title_in_the_apposition_leaves_the_name_the_speaker():
    text = (
        "Talk host Omar Reed spoke on Friday.\n\n"
        "Reed, host of Harbor Radio’s “Morning Tide,” said the plan was “a gift to the developers.”\n"
    )
    assert speakers_of(text) == ["Omar Reed"]


def test_a_title_opening_the_sentence_gives_no_speaker_to_a_role_after_it():
    text = (
        "Actor Ray Dorn was named in the piece. Actor Tom Lusk made a film about casting.\n\n"
        "With the help of “Harbor Talk with Ann Pike”, the actor held a fake audition and asked "
        "the cast to act “quieter.”\n"
    )
    assert "Ray Dorn" not in speakers_of(text)
