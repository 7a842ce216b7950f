"""The one person a sentence names before a quotation, with no verb of saying, does not speak it
when the verb is negated ("Brandt has not used the words “…”"): nothing was said."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Flooding\n\nThe city council met on Friday to discuss the flooding.\n\n"


def test_words_a_person_has_not_used_are_no_ones():
    text = (
        TITLE
        + "Since the storm, council leader Hugo Brandt has not used the words "
        + "“managed retreat from the coast.”\n"
    )
    assert speakers_of(text) == [None]


def test_words_a_person_used_are_theirs():
    text = (
        TITLE
        + "Since the storm, council leader Hugo Brandt has used the words "
        + "“managed retreat from the coast.”\n"
    )
    assert speakers_of(text) == ["Hugo Brandt"]
