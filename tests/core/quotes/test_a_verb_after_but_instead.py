"""A verb of saying joined by "but instead" or "but rather" to a verb that is not one ("Tiller did not
name the source of the files but instead said “…”") has the clause's subject, as after "but"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Leaked files\n\nThe disclosure site Openwell published thousands of pages on Monday.\n\n"


def test_but_instead_said_goes_with_the_clause_subject():
    text = LEAD + (
        "Asked about the claims, Rasmus Tiller did not name the source of the files but instead said "
        "“We know where the material came from, and so does everyone who read it.”\n"
    )
    assert speakers_of(text) == ["Rasmus Tiller"]


def test_but_rather_said_goes_with_the_clause_subject():
    text = LEAD + (
        "Rasmus Tiller did not name the source of the files but rather said “We know where the "
        "material came from, and so does everyone who read it.”\n"
    )
    assert speakers_of(text) == ["Rasmus Tiller"]
