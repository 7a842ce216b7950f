"""A given name the US census holds too rarely to count as common, which the world list gives to
both men and women ("Loris", an Italian man's name the census lists for a few women), tells no
gender: "he" after it may mean that person."""

from __future__ import annotations

from bot.core.quotes.givennames import given_name_gender

from .speakers import speakers_of


def test_loris_tells_no_gender():
    assert given_name_gender("Loris") is None


def test_a_census_name_common_here_keeps_its_gender():
    assert [given_name_gender(n) for n in ("Maria", "Carol", "Gregor")] == ["f", "f", "m"]


def test_he_after_the_group_president_loris_is_his():
    text = (
        "Flooding hit the river town of Marrowby on Sunday.\n\n"
        "“The water came up faster than anyone expected,” Mayor Gregor Haldane said.\n\n"
        "“This disaster was predicted years ago,” said the group's president, Loris Bellamy. He compared"
        " the damage to “something from a war film.”\n"
    )
    assert speakers_of(text) == ["Gregor Haldane", "Loris Bellamy", "Loris Bellamy"]
