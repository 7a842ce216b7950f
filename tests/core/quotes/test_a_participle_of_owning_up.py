"""A participle of owning up or stressing after its clause's comma introduces its subject's words, as
"admitting" does ("She hit on that theme again, acknowledging that she “…”") (session 67).
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_acknowledging_that_after_a_comma_gives_the_clauses_subject_the_words():
    text = (
        "Governor Lena Marsh said her biggest regret is the state of the roads.\n\n"
        "“We have not fixed the bridges,” Marsh said in an interview on Sunday.\n\n"
        "She hit on that theme again, acknowledging that she “bears responsibility for everything, to some "
        "degree” including the delays.\n"
    )
    assert speakers_of(text) == ["Lena Marsh", "Lena Marsh"]
