"""A question closing its own sentence, then "Mrs. Lindqvist said, pointing to ..." whose participle's
clause holds a later quotation: the name and verb before the participle's comma attribute the
question."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Minister Anna Lindqvist spoke at the harbor on Sunday.\n\n"


def test_the_name_and_verb_before_the_participle_attribute_the_question():
    text = LEAD + (
        "“What does the old harbor charter really promise?” Mrs. Lindqvist said, pointing to the "
        "charter signed by Karl Ostrand, including “Every ship shall find shelter.”\n"
    )
    assert speakers_of(text)[0] == "Anna Lindqvist"
