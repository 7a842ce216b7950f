"""An ordinal back-reference to one of several unnamed sources brought in under the same role ("the
first state official said ...") makes the bare role after it ("“…,” the official said") that
source, not the one brought in last; with no ordinal, the bare role stays with the latest."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Grants\n\nGovernor Elena Marsh will sign an order on Tuesday, her aides said.\n\n"
    "“Nobody has to lose money,” said a senior state official, who spoke on the condition of "
    "anonymity.\n\n"
    "“We want schools that are safe,” Marsh said on Monday.\n\n"
    "She felt she had to act, and “parents want something useful,” another state official said.\n\n"
    "“We will read the order first,” said Ruth Abeyta, the union’s president.\n\n"
)


def test_the_first_official_is_the_one_brought_in_first():
    text = (
        LEAD + "Asked about school boards, the first state official said the order would depend on "
        "local districts.\n\n"
        "“The state can only do so much,” the official said.\n"
    )
    assert speakers_of(text)[-1] == "a senior state official"


def test_the_second_official_is_the_one_brought_in_second():
    text = (
        LEAD + "Asked about school boards, the second state official said the order would depend on "
        "local districts.\n\n"
        "“The state can only do so much,” the official said.\n"
    )
    assert speakers_of(text)[-1] == "another state official"


def test_with_no_ordinal_the_bare_role_is_the_latest_official():
    text = (
        LEAD + "Asked about school boards, a spokesman said the order would depend on local districts.\n\n"
        "“The state can only do so much,” the official said.\n"
    )
    assert speakers_of(text)[-1] == "another state official"
