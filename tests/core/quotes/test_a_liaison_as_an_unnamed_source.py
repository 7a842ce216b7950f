"""A liaison is an unnamed source as a spokesman is ("“…,” the Navy liaison said"), and the
quotation standing alone after it goes on in that voice."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Tapes\n\nThe recordings were released by the Dunmore Ledger last week.\n\n"


def test_the_liaison_speaks_and_goes_on():
    text = (
        TITLE
        + "On one tape, a Navy liaison told an aide that the general “does not trust the reports from "
        + "the office,” the Navy liaison said.\n\n"
        + "“I can tell you that the director is not getting accurate information.”\n"
    )
    assert speakers_of(text) == ["the Navy liaison", "the Navy liaison"]
