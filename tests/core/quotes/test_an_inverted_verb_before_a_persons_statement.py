"""An inverted verb of saying before a person's own words ("“…,” reads Whitfield’s statement", "said
Whitfield’s statement") gives the quotation to that person, as "Whitfield’s statement reads" does; a
person's lawyer or aide stays a label."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Blogger settles\n\nCurtis Dale Whitfield, who runs a food blog, agreed to pay damages.\n\n"


def test_reads_a_persons_statement_gives_the_person():
    text = LEAD + "“I wrote a review that contained false claims,” reads Whitfield’s statement.\n"
    assert speakers_of(text) == ["Curtis Dale Whitfield"]


def test_said_a_persons_prepared_remarks_gives_the_person():
    text = LEAD + "“I withdraw the claims completely,” said Whitfield’s prepared remarks.\n"
    assert speakers_of(text) == ["Curtis Dale Whitfield"]


def test_said_a_persons_lawyer_stays_the_lawyer():
    text = LEAD + "“My client regrets the review,” said Whitfield’s lawyer.\n"
    assert speakers_of(text) == ["Whitfield’s lawyer"]
