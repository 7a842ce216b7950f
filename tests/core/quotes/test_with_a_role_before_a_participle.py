"""A definite role after "with" before a participle of saying ("..., with the president vowing to
“…”") is the participle's subject, referring back to its holder, not the sentence's subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Fares\n\nMayor Ada Holt spoke on Monday.\n\n"


def test_the_role_after_with_speaks():
    text = (
        LEAD
        + "The city has pledged to lower fares, with the mayor vowing to “bring fares back down to earth.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]
