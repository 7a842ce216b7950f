"""A surname the article's main person shares with a relative it names in full only in passing,
with no role: the bare surname right after that relative's full name is still the main person's
("... because Jill Biden had a virtual event ... right after Biden said, “…”") (issue 11)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = (
    "Former vice president Paul Varga gave a radio interview on Thursday.\n\n"
    "Varga spoke for 18 minutes. Varga talked about the economy, and Varga talked about schools.\n\n"
    "Varga also took questions from listeners about the race.\n\n"
)


def test_the_bare_surname_after_a_roleless_relative_is_the_main_persons():
    text = _LEAD + (
        "Twice, an aide tried to end the interview because Helen Varga had an event at 6 p.m. The "
        "second time came right after Varga said, “I guarantee you, there are several women being "
        "considered.”\n"
    )
    assert speakers_of(text) == ["Paul Varga"]


def test_the_bare_surname_after_a_namesake_with_a_role_is_that_namesakes():
    text = _LEAD + (
        "Then the host called Mayor Helen Varga, his sister, who runs the city. “We will need more "
        "buses,” Varga said.\n"
    )
    assert speakers_of(text) == ["Helen Varga"]
