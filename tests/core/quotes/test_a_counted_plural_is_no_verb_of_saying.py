"""A plural noun counted by "several" or "many" ("Harbor Hotels, which franchises several brands,")
is no verb of saying ("brands" as in "brands him a liar"): the "according to" closing the sentence
still names the source."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Hotel guests\n\nRedline Inns said it would stop handing guest lists to agents.\n\n"


def test_several_brands_leaves_the_according_to_source():
    text = LEAD + (
        "Harbor Hotels, which franchises several brands, will share guest records with police only "
        "“when a judge has signed a warrant,” according to a spokeswoman.\n"
    )
    assert speakers_of(text) == ["a spokeswoman"]


def test_a_verb_brands_still_speaks():
    text = LEAD + "Redline chief Ada Holt brands the rule “a gift to the big chains.”\n"
    assert speakers_of(text) == ["Ada Holt"]
