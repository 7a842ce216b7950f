"""A family speaking after its quotation ("“…,” the family said", "his family posted") is an unnamed
source, as "The family said: “…”" before it is: "family" ends in -ly but is no adverb."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

_LEAD = "Tom Reed, 13, has been missing since Wednesday.\n\n"


def test_the_family_after_its_quotation_speaks_it():
    text = _LEAD + "“We are so worried about you, just come home,” the family posted on Saturday.\n"
    assert speakers_of(text) == ["the family"]
    assert kinds_of(text) == {"the family": "unnamed"}


def test_his_family_after_its_quotation_speaks_it():
    text = _LEAD + "“We would welcome any news at all,” his family said in a statement.\n"
    assert speakers_of(text) == ["his family"]
