"""A capitalised plural noun opening a sentence before a surname the article also writes after a
given name ("Changes Holt wants to the rule are unlikely ...") is the sentence's noun, not the given
name of a second person called Holt, who would take Holt's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Tax rule\n\nGovernor Ada Holt met donors on Monday.\n\n"


def test_a_plural_noun_before_the_surname_makes_no_second_person():
    text = LEAD + (
        "Changes Holt wants to the carried interest rule are unlikely to pass the House.\n\n"
        "“This is a once-in-a-lifetime opportunity,” Holt said.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_relatives_given_name_still_makes_a_second_person():
    text = LEAD + "“We are proud of her,” said Mitt Holt, her brother.\n"
    assert speakers_of(text) == ["Mitt Holt"]
