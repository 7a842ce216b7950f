""" "Whether" opening a sentence before a surname ("Whether Reyes offended by attacking the regime or
...") is a conjunction, never part of a person's name: the he after it is Boris Reyes, not a second
person "Whether Reyes"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_whether_before_a_surname_makes_no_person():
    text = (
        "Boris Reyes was one of the most determined campaigners for freedom. Whether Reyes offended by "
        "attacking the regime or by mocking its leaders, he never stopped. “Enough already!” he said in "
        "his last interview.\n"
    )
    assert speakers_of(text) == ["Boris Reyes"]
