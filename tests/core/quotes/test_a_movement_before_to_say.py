"""A movement that needs nothing after it before "to say" ("emerged to say", "rose to say",
"paused to add") leaves the words to the one who moved, as "went on to say" does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "A mayor and the river town\n\nThe flood came in March.\n\n"


def test_emerged_to_say_before_a_conditional_and_a_partial_quotation():
    text = (
        LEAD + "Mayor Dana Pruett kept quiet for weeks.\n\n"
        'Pruett emerged to say if she had a child, "he would have played on that bank."\n'
    )
    assert speakers_of(text) == ["Dana Pruett"]


def test_rose_to_say_after_a_participle_clause():
    text = LEAD + 'Marta Quell, sitting next to her brother, Tomas Quell, rose to say: "Thank you all."\n'
    assert speakers_of(text) == ["Marta Quell"]
