"""A show's or body's name with small words inside it ("Squawk on the Street", "Meet the Press")
before a role and a person's name after an inverted verb of saying is part of the title: the
person named speaks, not a body called by the name's first word."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of


@pytest.mark.parametrize(
    "title",
    [
        "Talk on the Town co-host",
        "Meet the Mayor host",
        "Club for Growth President",
    ],
)
def test_a_name_with_small_words_inside_then_a_role_titles_the_person(title):
    text = f"“Is that a secret?” said {title} Evan Lutz, causing a long pause.\n"
    assert speakers_of(text) == ["Evan Lutz"]


def test_the_names_first_word_is_not_listed_as_a_speaker():
    text = "“Is that a secret?” said Talk on the Town co-host Evan Lutz.\n"
    assert kinds_of(text) == {"Evan Lutz": "person"}


def test_a_time_and_place_after_the_verb_are_no_title():
    text = "Mayor Ada Brill spoke first.\n\n“We will not wait,” said Brill on the Town Hall steps.\n"
    assert speakers_of(text) == ["Ada Brill"]
