"""A passive verb of saying with no agent right before a quotation, inside the "that" clause of an
earlier verb of saying ("She added that she had been accused “within the city hall itself” of writing
it"), is what the earlier speaker tells: the words are hers."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Letter\n\nAna Ruiz said she did not write the letter.\n\n"


def test_a_passive_in_a_that_clause_leaves_the_words_to_the_teller():
    text = LEAD + "She added that she had been accused “within the city hall itself” of writing it.\n"
    assert speakers_of(text) == ["Ana Ruiz"]
