""" "Policymakers", like "lawmakers", are people of a role: "policymakers noted that several steps
“…”" gives the words to them as an unnamed source."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of

TEXT = (
    "Rates\n\nThe Varland Reserve Board met in March, according to minutes released on Wednesday.\n\n"
    "At the meeting, policymakers noted that several recent steps “had likely cut the dangers to the "
    "economy.”\n"
)


def test_policymakers_noting_a_view_are_an_unnamed_source():
    assert kinds_of(TEXT) == {"policymakers": "unnamed"}
