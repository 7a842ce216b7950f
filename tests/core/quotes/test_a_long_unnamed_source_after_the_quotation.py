"""`“…,” a consultant in a California House race said in an email, also naming Dorn as an ally.`: a
longer unnamed source's phrase right after the quotation, running on to its verb of saying, speaks
when the verb closes its clause; a verb reporting a clause of its own, or a writing someone put out,
is read apart."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "Mayor Tom Holt backed the rise in ferry fees.\n\n"
QUOTE = "“Holt can still draw a huge crowd,”"


def test_a_long_unnamed_source_closing_its_clause_speaks():
    text = (
        OPENING + f"{QUOTE} a consultant in a Millbrook House race said, also naming Dorn as a likely ally.\n"
    )
    assert speakers_of(text) == ["a consultant in a Millbrook House race"]


def test_a_long_source_whose_verb_reports_a_clause_of_its_own_does_not():
    text = OPENING + (
        "But even as Holt claimed on Tuesday that “the fees are fair,” one of the former advisers for "
        "Ray Dorn said the two plans were quite different.\n"
    )
    assert speakers_of(text) == ["Tom Holt"]


def test_a_writing_put_out_by_a_body_is_the_bodys():
    text = OPENING + f"{QUOTE} a statement released by the Harbor Board on Thursday says.\n"
    assert speakers_of(text) == ["the Harbor Board"]


def test_an_inverted_unnamed_source_after_an_unquoted_tail_speaks():
    text = (
        "The ferry budget is under review.\n\n"
        "“You can imagine a very long line of farmers who would be very angry” if the ferry were "
        "cut, said a county aide who has been in touch with the mayor's office.\n"
    )
    assert speakers_of(text) == ["a county aide"]
