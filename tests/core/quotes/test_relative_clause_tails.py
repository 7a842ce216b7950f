"""A "who" clause with no comma before the verb ("X, the polling guru who founded
fivethirtyeight.com tweeted") hangs on the name before it, past a web address's full stop; a
pundit or guru described beside a name is a role."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_web_address_inside_the_who_clause_does_not_end_it():
    text = (
        "“The council needs a plan for the winter,” Ann Bell, the polling analyst who founded "
        "harborpolls.com tweeted on Wednesday. “They are losing riders.”\n"
    )
    assert speakers_of(text) == ["Ann Bell", "Ann Bell"]


def test_a_guru_beside_a_name_makes_it_a_person():
    text = (
        "“The council needs a plan for the winter,” Nate Silverman, the polling guru who founded "
        "harborpolls.com tweeted on Wednesday.\n"
    )
    assert speakers_of(text) == ["Nate Silverman"]


def test_a_pronoun_inside_the_who_clause_still_ends_it():
    text = (
        "Ann Bell urged voters to defeat Tom Ryde, who she blasted as a “bully and demagogue” who made "
        "fear his platform.\n"
    )
    assert speakers_of(text) == ["Ann Bell"]
