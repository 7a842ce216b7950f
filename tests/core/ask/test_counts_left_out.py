"""A count with no noun after it, joined by a list's comma or "and" to a count of another noun in the
same sentence, counts that noun ("two gunmen died in the assault, and three survived": three gunmen):
it answers no "How many hostages were taken?". A plural in -men ("gunmen") is a plural counted."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import counts_another_thing

MUSEUM = parse_article(
    "Museum attack hits tourism\n\n"
    "In this week's attack on the Dunmore Museum, the gunmen took hostages, two gunmen died in the assault, "
    "and three survived and are being hunted by the police. The prime minister said the attackers had "
    "targeted tourists. Museums reopened on Friday.\n"
)


def test_a_count_left_out_counts_the_noun_before_it():
    assert answer_question(MUSEUM, "How many hostages were taken at the museum?").tier != 1


def test_what_a_bare_count_may_still_count():
    question = "How many victims were found inside the house?"
    # a count of anyone before it: the bare count may be of those asked
    assert not counts_another_thing(question, "Three people were found inside a house, and two on the road.")
    # a bare count in a sentence of its own
    assert not counts_another_thing(question, "Two officers arrived. Three were found inside.")
    assert counts_another_thing(question, "Two officers arrived, and three stayed outside.")
    assert not counts_another_thing("How many gunmen survived?", "Two gunmen died, and three survived.")
