""" "Continues to" before quoted words is doing, not saying ("as the alliance continues to “push and
push hard,” as Pryor put it"): the "as X put it" after the words names the speaker, and a teller
before the clause ("The White House reaffirmed that ...") keeps them."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Farm lobby\n\nThe Grain Growers Alliance will press on, its director Wendell Pryor said.\n\n"


def test_as_x_put_it_after_words_the_subject_continues_to_do():
    text = LEAD + 'So as the alliance continues to "push and push hard," as Pryor put it, its members call.\n'
    assert speakers_of(text) == ["Wendell Pryor"]


def test_a_teller_before_a_clause_that_continues_to_do_the_words():
    text = (
        LEAD
        + 'The White House reaffirmed that the ministry continues to take "all possible steps" to help.\n'
    )
    assert speakers_of(text) == ["the White House"]
