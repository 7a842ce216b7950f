"""A name set off by commas in a clause that ", but" opens after a relative clause ("passed the
act, which would give schools more, but Minority Leader Gordon Pike, R-Delmere, dismissed the move,
saying, “…”") is that clause's subject and speaks; a name inside the relative clause itself ("The
Kestrel Union, whose director, Pia Noske, has defended it, said") is not, and the body speaks."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "School aid\n\nLawmakers argued over school money on Tuesday.\n\n"


def test_the_name_opening_the_clause_after_but_speaks():
    text = LEAD + (
        "Assembly Liberals passed the Harbor Schools Act, which would give schools an additional "
        "$60 million, but Assembly Minority Leader Gordon Pike, R-Delmere, dismissed the move, "
        "saying, “this is a messaging bill that has no chance of becoming law.”\n"
    )
    assert speakers_of(text) == ["Gordon Pike"]


def test_a_name_inside_the_relative_clause_does_not_speak():
    text = LEAD + (
        "The Kestrel Union, whose director, Pia Noske, has defended the plan, said the act was "
        "“a messaging bill that has no chance of becoming law.”\n"
    )
    assert speakers_of(text) == ["the Kestrel Union"]
