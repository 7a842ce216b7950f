"""An indefinite noun for something done or said, then a name and a verb, right after a quotation
("“…,” a move Democrats slammed as a political stunt") is a clause about that move: the name judged
it and did not say the words; the sentence's own speaker did."""

from __future__ import annotations

from .speakers import speakers_of

OPENING = "Voting opens on Tuesday.\n\n"
SENTENCE = (
    "The election office announced Sunday that it was opening an investigation into the party for a "
    "“failed attempt to hack the voter system,” {tail}.\n"
)


def test_the_judged_move_leaves_the_words_to_the_announcer():
    article = OPENING + SENTENCE.format(tail="a move Democrats slammed as a political stunt")
    assert speakers_of(article) == ["the election office"]


def test_an_adjective_before_a_name_keeps_the_name_speaking():
    article = OPENING + (
        "French President François Hollande spoke on Monday.\n\n"
        "“France will always be France,” an angry Hollande retaliated.\n"
    )
    assert speakers_of(article) == ["François Hollande"]


def test_an_unnamed_source_with_a_place_in_its_label_still_speaks():
    article = OPENING + "“It is not crazy,” a senior White House official said.\n"
    assert speakers_of(article) == ["a senior White House official"]
