"""A lower-case word or two finishing the quoted sentence before the comma of an inverted attribution
("“If workers don't go, the north will suffer” financially, said analyst Petra Lund") leave the
attribution right after the quotation."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_financially_said_analyst_is_the_analysts():
    text = (
        "More than 800 workers crossed the border Monday to the Lissa factory zone.\n\n"
        "“If workers don't go to Lissa, the north will suffer” financially, said analyst Petra Lund at the"
        " private Norvik Institute. “If the north wants a war, it could have kept the workers hostage.”\n"
    )
    assert speakers_of(text) == ["Petra Lund", "Petra Lund"]
