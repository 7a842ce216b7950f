"""A hearsay adverb between a name and its verb of saying ("Penwick reportedly said, according to
two people in the room") leaves the verb the name's, whatever follows it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Donors\n\nArthur Penwick spoke to a hundred donors on Sunday night.\n\n"


def test_reportedly_said_according_to_others_is_the_names():
    text = TITLE + "“She is a young senator,” Penwick reportedly said, according to two people in the room.\n"
    assert speakers_of(text) == ["Arthur Penwick"]


def test_allegedly_said_of_something_is_the_names():
    text = TITLE + "“Let us just say it was a surprise,” Penwick allegedly said of his brother's wedding.\n"
    assert speakers_of(text) == ["Arthur Penwick"]
