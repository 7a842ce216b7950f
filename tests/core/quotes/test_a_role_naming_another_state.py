"""A role that names a state ("the California Republican") never refers back to someone whose own
role of that head names another ("Rep. Tom Ebner, the Minnesota Republican").

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_state_party_member_is_not_the_one_from_another_state_named_before():
    text = (
        "Rep. Tom Ebner, the Minnesota Republican who runs the campaign arm, said the plan works.\n\n"
        "Rep. Kyle Danner, the House minority leader, expressed confidence in Ebner.\n\n"
        "“Tom and his team are doing what it takes,” the California Republican said in a statement.\n"
    )
    assert speakers_of(text) == ["Kyle Danner"]


def test_the_one_such_member_named_is_not_one_of_another_state():
    text = (
        "Rep. Tom Ebner, the Minnesota Republican, said the plan works.\n\n"
        "“Tom and his team are doing what it takes,” the California Republican said in a statement.\n"
    )
    assert speakers_of(text) == [None]


def test_the_same_state_still_refers_back():
    text = (
        "Rep. Tom Ebner, the Minnesota Republican, said the plan works.\n\n"
        "“We are doing what it takes,” the Minnesota Republican said in a statement.\n"
    )
    assert speakers_of(text) == ["Tom Ebner"]
