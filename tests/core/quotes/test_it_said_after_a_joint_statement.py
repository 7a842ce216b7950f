"""“…,” it said" after "three senators said in a joint statement" goes on with the statement's
issuers, a tail of how included ("it said in urging a hearing"); a statement issued after another
source was quoted ("Mattis issued a statement ... It said:") is not that source's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Port contract\n\nAn inquiry into a dredging contract drew support on Monday.\n\n"


def test_it_said_after_a_joint_statement_is_the_issuers():
    text = LEAD + (
        "“Questions about this contract deserve full answers,” three senators said in a joint statement.\n\n"
        "“This must not become a fight between the parties,” it said in urging a hearing.\n"
    )
    assert speakers_of(text) == ["three senators", "three senators"]


def test_it_said_of_a_statement_issued_after_a_source_is_not_the_sources():
    text = LEAD + (
        "“We were anticipating it,” the official said.\n\n"
        "Defense Secretary Tom Vance issued a brief statement. It said: “The president is aware.”\n"
    )
    assert speakers_of(text)[1:] == ["Tom Vance"]
