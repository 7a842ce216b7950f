"""A bare "one" quoted, then "another" ("“…,” one said. “…,” read another."): the second is another
source, never merged into the first, and "read another." attributes as "said another." does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

NOTES = "Pupils dropped notes of thanks into a bucket for the principal.\n\n"


def test_read_another_after_one_said_is_another():
    text = NOTES + "“Thanks for the years,” one said. Then came more. “You made my year,” read another.\n"
    assert speakers_of(text) == ["one", "another"]


def test_said_another_after_one_said_is_another():
    text = NOTES + "“Thanks for the years,” one said. Then came more. “You made my year,” said another.\n"
    assert speakers_of(text) == ["one", "another"]


def test_read_another_with_a_noun_after_it_is_no_attribution():
    text = NOTES + "“Thank you for the best years,” one said. She read another note later.\n"
    assert speakers_of(text) == ["one"]
