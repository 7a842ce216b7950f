"""A body that "told" an outlet something issued the statement quoted right after: "The Frontier
Agency told the Courier that ... ¶ “…,” the statement said." is the agency's, and so is a bare
quotation going on with the statement; a person or a role that told it leaves "the statement"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Border\n\nThe Delmar Frontier Agency kept a secret list of reporters, files show.\n\n"
STATEMENT = "Such “violent events are routinely investigated by officers,” the statement said.\n\n"
GOES_ON = "“It is standard practice after these incidents to gather evidence.”\n"


def test_the_statement_after_the_body_told_an_outlet_is_the_bodys():
    text = LEAD + "The Frontier Agency told the Delmar Courier that checks followed a breach.\n\n" + STATEMENT
    assert speakers_of(text) == ["the Frontier Agency"]


def test_the_statement_after_a_body_known_by_its_capitals_told_an_outlet_is_the_bodys():
    text = LEAD + "DFA told the Delmar Courier that checks followed a breach.\n\n" + STATEMENT
    assert speakers_of(text) == ["DFA"]


def test_a_bare_quotation_going_on_with_the_statement_is_the_bodys_too():
    text = (
        LEAD
        + "The Frontier Agency told the Delmar Courier that checks followed a breach.\n\n"
        + STATEMENT
        + GOES_ON
    )
    assert speakers_of(text) == ["the Frontier Agency", "the Frontier Agency"]


def test_the_statement_after_a_role_told_an_outlet_stays_the_statements():
    text = (
        LEAD
        + "The President told the Delmar Courier that checks followed a breach.\n\n"
        + STATEMENT
        + GOES_ON
    )
    assert speakers_of(text) == ["the statement", "the statement"]
