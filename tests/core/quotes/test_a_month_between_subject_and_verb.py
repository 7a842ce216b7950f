"""A month between a subject and its verb ("Douglas Harris last November called the plan a “…”")
is a time, as a weekday is: the verb is still the subject's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "School choice\n\nThe hearing was on Tuesday.\n\n"


def test_last_and_a_month_before_a_characterising_verb():
    text = (
        LEAD + "Dora Pell, an economist, last November called the plan a “triumph of hope over evidence.”\n"
    )
    assert speakers_of(text) == ["Dora Pell"]


def test_in_and_a_month_before_a_verb_of_describing():
    text = LEAD + "Mayor Ivo Sand in March described the auditor as someone “who played a very small role.”\n"
    assert speakers_of(text) == ["Ivo Sand"]
