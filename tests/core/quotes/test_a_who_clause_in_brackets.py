"""A "who" clause in brackets after a name ("council president Renata Solberg (who called Albright's
remarks “…”)") hangs on that name, as one set off by commas does: hers, not the possessor's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Harbor strike\n\nMayor Dennis Albright spent Wednesday defending his comments about dock workers.\n\n"


def test_a_bracketed_who_clause_is_the_named_persons():
    text = LEAD + (
        "This followed rebukes from council president Renata Solberg (who called Albright's remarks "
        "“a cheap shot at people who keep this city running”) and Governor Philip Marchetti.\n"
    )
    assert speakers_of(text) == ["Renata Solberg"]
