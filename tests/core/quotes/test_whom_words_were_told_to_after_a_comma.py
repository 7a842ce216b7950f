"""Whom words were told to ("Rep. Hilde Ransom, a Dellport Republican, told Mrs. Vale, “…”") is no
speaker named after an inverted verb, though a comma stands before "told" and after the name: a
she in the next paragraph means the one who told them, not the one told."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "Treasury Secretary Corinna Vale told the committee on Wednesday that the website would be fixed.\n\n"
    "Mrs. Vale also said that people who lost their old plans must be offered a new one.\n\n"
    "Rep. Hilde Ransom, a Dellport Republican, told Mrs. Vale, “you are taking away their choice.”\n\n"
    "“I will remind you,” she said, “some people like to drive an old truck, not a sports car.”\n"
)


def test_the_she_after_means_the_one_who_told():
    assert speakers_of(ARTICLE) == ["Hilde Ransom"] * 3


def test_an_inverted_said_still_names_its_speaker_for_the_she_after():
    text = ARTICLE.replace(
        "Rep. Hilde Ransom, a Dellport Republican, told Mrs. Vale,", "Fair enough, said Mrs. Vale,"
    )
    assert speakers_of(text)[-2:] == ["Corinna Vale", "Corinna Vale"]
