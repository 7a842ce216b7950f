"""A body opening the sentence speaks a partial quotation no rule gave anyone, though an adverb stands
before its verb ("The Oversight Committee recently opened ...") and a person is named in the "whether"
clause of what it did ("an investigation into whether Anton Reyes misused grants, requesting records
from 40 “…”"): that person is the clause's topic. A person the verb acts on ("subpoenaed Anton
Reyes") may be the voice, so the words stay no one's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Harbor\n\nThe Halvern assembly’s Oversight Committee pressed ahead on Monday with its inquiry into "
    "the Port of Dunmere.\n\n"
)


def test_a_body_whose_verb_follows_an_adverb_speaks():
    text = LEAD + (
        "The Oversight Committee recently opened an investigation into whether port director Anton Reyes "
        "misused state grants, requesting records from 40 “contractors, consultants, and shell companies” "
        "tied to the port’s board.\n"
    )
    assert speakers_of(text) == ["the Oversight Committee"]


def test_a_person_the_bodys_verb_acts_on_leaves_the_words_no_ones():
    text = LEAD + (
        "The Oversight Committee recently subpoenaed port director Anton Reyes, requesting records from 40 "
        "“contractors, consultants, and shell companies” tied to the port’s board.\n"
    )
    assert speakers_of(text) == [None]
