"""A participle after a clause joined by ", but" or ", and" with its own subject ("She knew I was
writing a profile of her, but she still gave her students a lesson, explaining how she had won: “…”")
goes on with that clause's subject, not with a verb of saying before the join."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_participle_goes_on_with_the_joined_clause_not_the_writer():
    text = (
        "In 2012, Senator Lena Crane let me sit in on her class. She knew I was writing a profile of "
        "her for a magazine, but she still gave her students a lesson in tactics in my presence, "
        "explaining how she had won her first race: “You call every voter twice.”\n"
    )
    assert speakers_of(text) == ["Lena Crane"]


def test_a_participle_right_after_a_verb_of_saying_goes_on_with_its_subject():
    text = (
        "Senator Lena Crane spoke at the college. She said she had won by hard work, explaining how "
        "she did it: “You call every voter twice.”\n"
    )
    assert speakers_of(text) == ["Lena Crane"]
